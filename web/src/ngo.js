// The NGO view: submit a feedback item with the organisation's token, follow its status and trace.
import { graphql, explain, token, el, ownWriteVersion } from './api.js';
import { follow } from './live.js';
import { t, tn, has, lower, formatDay, formatList, beforeLanguageChange } from './i18n.js';

const $ = (id) => document.getElementById(id);
const status = (value) => lower(t(`common.status.${value}`));
let idempotencyKey = crypto.randomUUID();

/** The token's claims, shown to the user so they see who they act for; the service checks the token itself. */
function claims(jwt) {
  try {
    const payload = jwt.split('.')[1].replaceAll('-', '+').replaceAll('_', '/');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

function showToken() {
  const current = token.get();
  const claim = current ? claims(current) : null;
  const roles = [claim?.role ?? []].flat();
  $('token-status').textContent = !current
    ? t('common.token.none')
    : claim?.org
      ? t('ngo.token.actingFor', { org: claim.org, roles: roles.join(', ') })
      : t('ngo.token.noOrganisation', { roles: roles.join(', ') || t('ngo.token.roleUnknown') });
}

async function loadThemes() {
  try {
    const data = await graphql('{ themes(first: 100) { nodes { id name } } }');
    $('theme').append(...data.themes.nodes.map((theme) => el('option', { value: theme.id }, theme.name)));
  } catch (error) {
    $('submit-result').replaceChildren(el('p', { class: 'error' }, t('ngo.themes.failed', { reason: explain(error) })));
  }
}

/**
 * The firewall's refusal in plain words, from extensions.personalData (the API's message stays English): which
 * field, what kind of identifier, that nothing was kept, and how to say it without the identifier.
 */
function rejection(personalData = []) {
  const found = personalData.map(({ field, kind }) => {
    const fieldKey = `ngo.fieldName.${String(field).replace(/^input\./, '')}`;
    const kindKey = `ngo.personalData.${kind}`;
    return t('ngo.rejection.found', {
      field: has(fieldKey) ? t(fieldKey) : t('ngo.rejection.someField'),
      kind: has(kindKey) ? t(kindKey) : t('ngo.rejection.someIdentifier'),
    });
  });
  return el('div', { class: 'rejection', 'data-code': 'PERSONAL_DATA_REJECTED' },
    el('h3', {}, t('ngo.rejection.heading')),
    found.length ? el('ul', {}, found.map((sentence) => el('li', {}, sentence))) : el('p', {}, t('ngo.rejection.general')),
    el('p', {}, t('ngo.rejection.nothingStored')),
    el('p', {}, t('ngo.rejection.rephrase')));
}

async function submit(event) {
  event.preventDefault();
  const result = $('submit-result');
  const title = $('title').value.trim();
  const description = $('description').value.trim();
  const themeId = $('theme').value;
  if (!token.get()) {
    result.replaceChildren(el('p', { class: 'error' }, t('ngo.submit.needToken')));
    $('token').focus();
    return;
  }
  const missing = [[title, 'title'], [description, 'description'], [themeId, 'theme']].filter(([value]) => !value).map(([, id]) => id);
  for (const id of ['title', 'description', 'theme']) $(id).setAttribute('aria-invalid', String(missing.includes(id)));
  if (missing.length) {
    result.replaceChildren(el('p', { class: 'error' }, t('ngo.submit.missing', { fields: formatList(missing.map((id) => $(id).labels[0].textContent)) })));
    $(missing[0]).focus();
    return;
  }
  $('submit').disabled = true;
  result.replaceChildren(el('p', { class: 'muted' }, t('ngo.submit.sending')));
  try {
    const data = await graphql(`mutation Submit($input: SubmitFeedbackInput!) {
      submitFeedback(input: $input) { id title status submittedAt raisedBy { name } } }`,
    { input: { title, description, themeId, idempotencyKey } });
    const item = data.submitFeedback;
    idempotencyKey = crypto.randomUUID();
    $('feedback-form').reset();
    result.replaceChildren(el('div', { class: 'success', 'data-item': item.id },
      el('h3', {}, t('ngo.submit.done')),
      el('p', {}, t('ngo.submit.raised', { title: item.title, by: item.raisedBy?.name ?? t('ngo.submit.yourOrganisation'), status: status(item.status) }))));
    await loadItems();
    await showItem(item.id);
  } catch (error) {
    result.replaceChildren(error.code === 'PERSONAL_DATA_REJECTED' ? rejection(error.extensions?.personalData) : el('p', { class: 'error' }, explain(error)));
    result.scrollIntoView({ block: 'nearest' });
  } finally {
    $('submit').disabled = false;
  }
}

const itemFields = 'id title status submittedAt illustrative';

/** The items listed, by id, and how many the organisation has: a live change redraws one row and the count. */
const listed = new Map();
let itemCount = 0;

const showCount = () => { $('items-status').textContent = tn('ngo.items.count', itemCount); };

const itemState = (item) => ` — ${t(item.illustrative ? 'ngo.items.stateIllustrative' : 'ngo.items.state', { status: status(item.status), day: formatDay(item.submittedAt) })}`;

function itemRow(item) {
  return el('li', { 'data-item': item.id },
    el('button', { type: 'button', class: 'link', 'data-item': item.id, onclick: () => showItem(item.id) }, item.title),
    el('span', { class: 'item-state' }, itemState(item)));
}

/** Loads the organisation's items; false without a token or when they could not be loaded. */
async function loadItems() {
  const list = $('items');
  list.replaceChildren();
  listed.clear();
  if (!token.get()) return false;
  try {
    const data = await graphql(`{ feedbackItems(first: 100) { totalCount nodes { ${itemFields} } } }`);
    itemCount = data.feedbackItems.totalCount;
    showCount();
    for (const item of data.feedbackItems.nodes) listed.set(item.id, item);
    // Replaced, not appended to: a live change may have added a row while this loaded.
    list.replaceChildren(...data.feedbackItems.nodes.map(itemRow));
    return true;
  } catch (error) {
    $('items-status').textContent = explain(error);
    return false;
  }
}

/** A change the service pushed: the item's row shows its new status, or a new item gets a row; said politely. */
function applyChange({ from, to, item }) {
  const known = listed.get(item.id);
  const shown = { ...known, ...item, status: to };
  listed.set(item.id, shown);
  const row = $('items').querySelector(`li[data-item="${CSS.escape(item.id)}"]`);
  // Only the status text is redrawn, so that the focus stays on the item's button.
  if (row) row.querySelector('.item-state').textContent = itemState(shown);
  else $('items').append(itemRow(shown));
  if (!known) {
    itemCount += 1;
    showCount();
  }
  // A submission this page made and already lists is not news.
  const news = from ? t('ngo.items.moved', { title: item.title, from: status(from), to: status(to) })
    : known ? '' : t('ngo.items.new', { title: item.title });
  if (news) $('items-news').textContent = news;
}

let stopFollowing = () => {};

/** Loads the items, then follows their changes live, for the token in use now. */
async function showItems() {
  const loaded = await loadItems();
  // Calls overlap when a token is pasted while the page loads: the last to finish decides, with the current token.
  stopFollowing();
  stopFollowing = !loaded ? () => {} : follow(`subscription { feedbackChanged { from to item { ${itemFields} } } }`, {
    bearer: token.get(),
    indicator: $('items-live'),
    next: (data) => applyChange(data.feedbackChanged),
    reconnected: loadItems,
  });
}

async function showItem(id) {
  const view = $('item-trace');
  try {
    const { feedbackTrace: trace } = await graphql(`query Trace($id: ID!, $minVersion: Int) { feedbackTrace(id: $id, minVersion: $minVersion) {
      illustrative loopClosed levelsTraversed item { title status }
      steps { kind at level note actor { name } meeting { title } network { name } policyChange { title } } } }`, { id, minVersion: ownWriteVersion });
    view.replaceChildren(el('div', {},
      el('h3', {}, trace.item.title),
      trace.illustrative ? el('p', { class: 'badge illustrative-badge' }, t('common.illustrative')) : null,
      el('p', {}, `${t('ngo.trace.status', { status: status(trace.item.status) })} ${t(trace.loopClosed ? 'ngo.trace.closed' : 'ngo.trace.open')}`),
      el('ol', { class: 'trace-steps' }, trace.steps.map((step) => el('li', {},
        el('strong', {}, t(`common.step.${step.kind}`)), ` ${formatDay(step.at)}`, step.level ? ` · ${lower(t(`common.level.${step.level}`))}` : '',
        ` · ${[step.actor?.name, step.meeting?.title, step.network?.name, step.policyChange?.title].filter(Boolean).join(' · ')}`))),
    ));
    view.focus();
  } catch (error) {
    view.replaceChildren(el('p', { class: 'error' }, explain(error)));
  }
}

$('token').value = token.get();
$('token-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  token.set($('token').value);
  showToken();
  await showItems();
});
$('feedback-form').addEventListener('submit', submit);
addEventListener('pagehide', () => stopFollowing());
addEventListener('pageshow', (event) => event.persisted && showItems());
// A change of language reloads the page: what the reader typed so far comes back in the new language, kept in this tab
// only until then.
const draftKey = 'networkgraph.ngo.draft';
const draftFields = ['title', 'description', 'theme'];
beforeLanguageChange(() => sessionStorage.setItem(draftKey, JSON.stringify(Object.fromEntries(draftFields.map((id) => [id, $(id).value])))));

function restoreDraft() {
  const kept = sessionStorage.getItem(draftKey);
  sessionStorage.removeItem(draftKey);
  if (!kept) return;
  const draft = JSON.parse(kept);
  for (const id of draftFields) if (typeof draft[id] === 'string') $(id).value = draft[id];
}

showToken();
loadThemes().then(restoreDraft);
showItems();
