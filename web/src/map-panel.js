// The side panel: a node's details, partners, roles and sources, opened from the map or from search.
import { graphql, GraphQLError, explain, token, el } from './api.js';
import { t, tn, lower, formatNumber } from './i18n.js';
import { asOf } from './asof.js';
import { namesFields, namesSection } from './names.js';
import { $, level, kind } from './map-shared.js';
import { cy } from './map-view.js';

let whatIfButton = () => null;

/** Gives the panel the what-if button it offers for an institution or a network. */
export function wirePanel({ whatIf }) {
  whatIfButton = whatIf;
}

const panelQuery = `query Panel($id: ID!, $institution: Boolean!, $asOf: Date) {
  node(id: $id) {
    __typename id illustrative
    sources { title url locator }
    ... on Institution {
      name NAMES acronym kind level territory { id name } description website
      parent(asOf: $asOf) { id name } units(asOf: $asOf) { id name }
      memberships(asOf: $asOf) { role network { id name } }
      responsibilities(asOf: $asOf) { role responsibility { title kind level themes { name } } }
    }
    ... on Network {
      name NAMES acronym networkKind: kind level cadence formality description
      members(asOf: $asOf) { role institution { id name level } }
      parentNetworks(asOf: $asOf) { id name } subNetworks(asOf: $asOf) { id name }
      themes(asOf: $asOf) { name }
    }
    ... on Theme { name NAMES description expectedLevels }
    ... on Territory { name NAMES description }
    ... on Meeting { title date summary network { id name } }
    ... on Responsibility { title NAMES responsibilityKind: kind level description }
    ... on PolicyChange { title description level adoptedAt }
    FEEDBACK
  }
  coordination(institutionId: $id, depth: 1, asOf: $asOf) @include(if: $institution) {
    institution { id name level }
    evidence { kind description }
  }
  brokerageRoles(ids: [$id], asOf: $asOf) @include(if: $institution) {
    coordinator itinerant representative gatekeeper liaison total
    zScores { coordinator itinerant representative gatekeeper liaison total }
  }
}`.replaceAll('NAMES', namesFields);

/** Feedback items are visible only with a token; anonymous documents must not mention their fields. */
const withFeedback = (query, fragment) => query.replace('FEEDBACK', token.get() ? fragment : '');

const nodeButton = (node, extra = '') => el('button', { type: 'button', class: 'link', 'data-node': node.id, onclick: () => openPanel(node.id) }, node.name, extra);

function section(title, items) {
  if (!items.length) return null;
  return el('section', {}, el('h3', {}, title), el('ul', {}, items.map((item) => el('li', {}, item))));
}

export async function openPanel(id) {
  const panel = $('panel');
  const body = $('panel-body');
  panel.hidden = false;
  $('panel-title').textContent = t('map.panel.loading');
  body.replaceChildren();
  try {
    const isInstitution = cy.getElementById(id).data('type') === 'institution' || !cy.getElementById(id).length;
    let data;
    try {
      data = await graphql(withFeedback(panelQuery, '... on FeedbackItem { title description status }'), { id, institution: isInstitution, asOf: asOf() });
    } catch (error) {
      // An id that is not an institution: ask again without its partners.
      if (!(error instanceof GraphQLError) || !isInstitution) throw error;
      data = await graphql(withFeedback(panelQuery, '... on FeedbackItem { title description status }'), { id, institution: false, asOf: asOf() });
    }
    const node = data.node;
    if (!node) throw new GraphQLError(t('common.error.NOT_FOUND'), 'NOT_FOUND');
    $('panel-title').textContent = node.name ?? node.title;
    body.replaceChildren(...panelContent(node, data.coordination ?? [], data.brokerageRoles?.[0]).filter(Boolean));
    const drawnNode = cy.getElementById(id);
    cy.$(':selected').unselect();
    if (drawnNode.length) {
      drawnNode.select();
      cy.animate({ center: { eles: drawnNode }, duration: 200 });
    }
  } catch (error) {
    $('panel-title').textContent = t('map.panel.notAvailable');
    body.replaceChildren(el('p', { class: 'error' }, explain(error)));
  }
  panel.dataset.node = id;
  $('panel-title').focus();
}

/** An institution's brokerage roles between levels, each with its z-score where the null model defines one. */
function rolesSection(roles) {
  if (!roles) return null;
  const z = (value) => (value === null ? '' : ` ${t('map.roles.z', { z: formatNumber(value, 1) })}`);
  const names = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'];
  return el('section', { id: 'panel-roles' }, el('h3', {}, t('map.roles')),
    roles.total
      ? el('ul', {}, names.filter((name) => roles[name]).map((name) => el('li', { 'data-role': name }, `${t(`map.roles.${name}`)}: ${formatNumber(roles[name])}${z(roles.zScores[name])}`)))
      : el('p', { class: 'muted' }, t('map.roles.none')),
    el('p', { class: 'muted' }, `${t('map.roles.total', { total: formatNumber(roles.total) })}${z(roles.zScores.total)}. ${t('map.roles.explained')}`));
}

function panelContent(node, partners, roles) {
  const what = node.__typename === 'Institution'
    ? `${kind(node.kind)} · ${t('map.panel.level', { level: level(node.level) })}${node.territory ? ` · ${node.territory.name}` : ''}`
    : node.__typename === 'Network'
      ? [t(`common.networkKind.${node.networkKind}`), t('map.panel.level', { level: level(node.level) }),
        t('map.panel.meets', { cadence: lower(t(`common.cadence.${node.cadence}`)) }), lower(t(`common.formality.${node.formality}`))].join(' · ')
      : t(`map.type.${node.__typename}`);
  return [
    node.illustrative ? el('p', { class: 'badge illustrative-badge' }, t('common.illustrative')) : null,
    el('p', { class: 'what' }, what),
    namesSection(node.names),
    node.acronym ? el('p', {}, t('map.panel.acronym', { acronym: node.acronym })) : null,
    el('p', {}, node.description ?? node.summary ?? ''),
    node.website ? el('p', {}, el('a', { href: node.website, rel: 'noopener noreferrer' }, t('map.panel.website'))) : null,
    node.parent ? section(t('map.panel.partOf'), [nodeButton(node.parent)]) : null,
    section(t('map.panel.units'), (node.units ?? []).map((unit) => nodeButton(unit))),
    section(t('map.panel.memberships'), (node.memberships ?? []).map((m) => [nodeButton(m.network), ` — ${t(`common.role.${m.role}`)}`])),
    section(t('map.panel.responsibilities'), (node.responsibilities ?? []).map((h) => t('map.panel.responsibility', {
      title: h.responsibility.title,
      role: t(`common.holdingRole.${h.role}`),
      kind: lower(t(`common.responsibilityKind.${h.responsibility.kind}`)),
      level: lower(level(h.responsibility.level)),
      themes: h.responsibility.themes.length ? `; ${h.responsibility.themes.map((theme) => theme.name).join(', ')}` : '',
    }))),
    node.__typename === 'Institution' || node.__typename === 'Network' ? whatIfButton(node) : null,
    section(t('map.panel.partners'), partners.map((p) => [nodeButton(p.institution), ` — ${p.evidence.map((e) => e.description).join('; ')}`])),
    rolesSection(roles),
    section(t('map.panel.parentNetworks'), (node.parentNetworks ?? []).map((n) => nodeButton(n))),
    section(t('map.panel.subNetworks'), (node.subNetworks ?? []).map((n) => nodeButton(n))),
    section(t('map.panel.members'), (node.members ?? []).map((m) => [nodeButton(m.institution), ` — ${t(`common.role.${m.role}`)}, ${lower(level(m.institution.level))}`])),
    section(t('map.panel.themes'), (node.themes ?? []).map((theme) => theme.name)),
    section(t('map.panel.sources'), node.sources.map((s) => [
      s.url ? el('a', { href: s.url, rel: 'noopener noreferrer' }, s.title) : s.title,
      s.locator ? ` (${s.locator})` : '',
    ])) ?? el('p', { class: 'muted' }, t('map.panel.noSource')),
  ];
}

export function closePanel() {
  const id = $('panel').dataset.node;
  $('panel').hidden = true;
  cy.$(':selected').unselect();
  document.querySelector(`#search-results [data-node="${CSS.escape(id ?? '')}"]`)?.focus();
}

/** Searches every kind of node and lists what it finds, each opening the panel. */
export async function search(text) {
  const results = $('search-results');
  results.replaceChildren();
  if (!text.trim()) return;
  $('search-status').textContent = t('map.search.searching');
  try {
    const data = await graphql(withFeedback(`query Search($text: String!) { search(text: $text, first: 20) {
      __typename id ... on Institution { name level } ... on Network { name level } ... on Theme { name } ... on Territory { name }
      ... on Meeting { name: title } ... on Responsibility { name: title } ... on PolicyChange { name: title } FEEDBACK } }`, '... on FeedbackItem { name: title }'),
    { text });
    $('search-status').textContent = tn('map.search.found', data.search.length);
    results.replaceChildren(...data.search.map((hit) => el('li', {},
      nodeButton(hit, el('span', { class: 'muted' }, ` ${t(`map.type.${hit.__typename}`)}${hit.level ? `, ${lower(level(hit.level))}` : ''}`)))));
  } catch (error) {
    $('search-status').textContent = explain(error);
  }
}
