// The NGO view: submit a feedback item with the organisation's token, follow its status and trace.
import { graphql, explain, token, words, el } from './api.js';

const $ = (id) => document.getElementById(id);
const fieldNames = { title: 'Title', description: 'What happens', themeId: 'Theme' };
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
    ? 'No token yet.'
    : claim?.org
      ? `Acting for ${claim.org} (role ${roles.join(', ')}).`
      : `Token in use (role ${roles.join(', ') || 'unknown'}); submitting needs an NGO token that names an organisation.`;
}

async function loadThemes() {
  try {
    const data = await graphql('{ themes(first: 100) { nodes { id name } } }');
    $('theme').append(...data.themes.nodes.map((theme) => el('option', { value: theme.id }, theme.name)));
  } catch (error) {
    $('submit-result').replaceChildren(el('p', { class: 'error' }, `The themes could not be loaded: ${explain(error)}`));
  }
}

/** The firewall's refusal in plain words: which field, what kind of identifier, and that nothing was kept. */
function rejection(message) {
  const plain = message.replace(/'input\.(\w+)'/g, (_, field) => `"${fieldNames[field] ?? field}"`);
  return el('div', { class: 'rejection', 'data-code': 'PERSONAL_DATA_REJECTED' },
    el('h3', {}, 'Not sent: your text seems to identify a person'),
    el('p', {}, plain),
    el('p', {}, 'Nothing was stored. Describe the situation in general terms — for example "a client with a valid DNI" instead of the number — and submit again.'));
}

async function submit(event) {
  event.preventDefault();
  const result = $('submit-result');
  const title = $('title').value.trim();
  const description = $('description').value.trim();
  const themeId = $('theme').value;
  if (!token.get()) {
    result.replaceChildren(el('p', { class: 'error' }, 'Paste your organisation\'s token first.'));
    $('token').focus();
    return;
  }
  const missing = [[title, 'title'], [description, 'description'], [themeId, 'theme']].filter(([value]) => !value).map(([, id]) => id);
  for (const id of ['title', 'description', 'theme']) $(id).setAttribute('aria-invalid', String(missing.includes(id)));
  if (missing.length) {
    result.replaceChildren(el('p', { class: 'error' }, `Please fill in: ${missing.map((id) => $(id).labels[0].textContent).join(', ')}.`));
    $(missing[0]).focus();
    return;
  }
  $('submit').disabled = true;
  result.replaceChildren(el('p', { class: 'muted' }, 'Sending…'));
  try {
    const data = await graphql(`mutation Submit($input: SubmitFeedbackInput!) {
      submitFeedback(input: $input) { id title status submittedAt raisedBy { name } } }`,
    { input: { title, description, themeId, idempotencyKey } });
    const item = data.submitFeedback;
    idempotencyKey = crypto.randomUUID();
    $('feedback-form').reset();
    result.replaceChildren(el('div', { class: 'success', 'data-item': item.id },
      el('h3', {}, 'Submitted'),
      el('p', {}, `"${item.title}" was raised by ${item.raisedBy?.name ?? 'your organisation'}; its status is ${words(item.status).toLowerCase()}.`)));
    await loadItems();
    await showItem(item.id);
  } catch (error) {
    result.replaceChildren(error.code === 'PERSONAL_DATA_REJECTED' ? rejection(error.message) : el('p', { class: 'error' }, explain(error)));
    result.scrollIntoView({ block: 'nearest' });
  } finally {
    $('submit').disabled = false;
  }
}

async function loadItems() {
  const list = $('items');
  list.replaceChildren();
  if (!token.get()) return;
  try {
    const data = await graphql('{ feedbackItems(first: 100) { totalCount nodes { id title status submittedAt illustrative } } }');
    $('items-status').textContent = `${data.feedbackItems.totalCount} items.`;
    list.append(...data.feedbackItems.nodes.map((item) => el('li', {},
      el('button', { type: 'button', class: 'link', 'data-item': item.id, onclick: () => showItem(item.id) }, item.title),
      ` — ${words(item.status).toLowerCase()}${item.illustrative ? ' (illustrative)' : ''}, ${item.submittedAt.slice(0, 10)}`)));
  } catch (error) {
    $('items-status').textContent = explain(error);
  }
}

async function showItem(id) {
  const view = $('item-trace');
  try {
    const { feedbackTrace: trace } = await graphql(`query Trace($id: ID!) { feedbackTrace(id: $id) {
      illustrative loopClosed levelsTraversed item { title status }
      steps { kind at level note actor { name } meeting { title } network { name } policyChange { title } } } }`, { id });
    view.replaceChildren(el('div', {},
      el('h3', {}, trace.item.title),
      trace.illustrative ? el('p', { class: 'badge illustrative-badge' }, 'Illustrative data, not a sourced fact') : null,
      el('p', {}, `Status: ${words(trace.item.status).toLowerCase()}. ${trace.loopClosed ? 'The loop is closed: resolved and reported back.' : 'Not resolved and reported back yet.'}`),
      el('ol', { class: 'trace-steps' }, trace.steps.map((step) => el('li', {},
        el('strong', {}, words(step.kind)), ` ${step.at.slice(0, 10)}`, step.level ? ` · ${words(step.level).toLowerCase()}` : '',
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
  await loadItems();
});
$('feedback-form').addEventListener('submit', submit);
showToken();
loadThemes();
loadItems();
