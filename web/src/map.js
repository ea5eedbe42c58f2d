// The network map: institutions and networks from the public GraphQL API, drawn with cytoscape.js.
import { graphql, GraphQLError, explain, token, levels, kinds, el } from './api.js';
import { t, tn, lower, formatNumber, formatPercent, formatDay } from './i18n.js';
import { wireDownloads } from './exports.js';
import { follow } from './live.js';
import { wireWhatIf } from './whatif.js';
import { asOf, loadAsOf, wireAsOf } from './asof.js';
import { namesFields, namesSection } from './names.js';

/** The most institutions drawn at once; beyond it the map asks for narrower filters instead of freezing. */
const drawLimit = 500;

const levelColours = {
  MUNICIPAL: '#0b5fa5',
  PROVINCIAL: '#00795c',
  REGIONAL: '#b34700',
  NATIONAL: '#a3316f',
  EUROPEAN: '#5b3a99',
  INTERNATIONAL: '#6b5a1e',
};

const kindShapes = {
  PUBLIC_AUTHORITY: ['rectangle', '■'],
  PUBLIC_SERVICE: ['round-rectangle', '▢'],
  NGO: ['ellipse', '●'],
  DIASPORA_ASSOCIATION: ['triangle', '▲'],
  ACADEMIA: ['pentagon', '⬟'],
  SOCIAL_ENTERPRISE: ['hexagon', '⬢'],
  INTERNATIONAL_ORGANISATION: ['star', '★'],
  PRIVATE_SECTOR: ['diamond', '◆'],
};

const $ = (id) => document.getElementById(id);
const level = (value) => t(`common.level.${value}`);
const kind = (value) => t(`common.kind.${value}`);
const status = (value) => t(`common.status.${value}`);
const mapStatus = $('map-status');

const cy = cytoscape({
  container: $('map'),
  wheelSensitivity: 0.3,
  minZoom: 0.1,
  maxZoom: 3,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-max-width': 120,
        'text-wrap': 'ellipsis',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node.institution',
      style: { width: 20, height: 20, 'background-color': 'data(colour)', shape: 'data(shape)', 'border-width': 1, 'border-color': '#1b1b1b' },
    },
    {
      selector: 'node.network',
      style: { width: 38, height: 38, shape: 'octagon', 'background-color': '#2f2f2f', 'border-width': 3, 'border-color': 'data(colour)', 'font-weight': 'bold' },
    },
    { selector: 'node.network.hub-of-hubs', style: { width: 56, height: 56 } },
    { selector: 'node.illustrative', style: { 'border-style': 'dashed', 'border-width': 3 } },
    { selector: 'edge', style: { width: 1, 'line-color': '#9a9a9a', 'curve-style': 'haystack', opacity: 0.8 } },
    { selector: 'edge.part-of', style: { width: 4, 'line-color': '#2f2f2f', 'curve-style': 'bezier' } },
    { selector: 'edge.hierarchy', style: { 'line-style': 'dotted', width: 2, 'line-color': '#555555', 'curve-style': 'bezier' } },
    {
      selector: 'edge.referral',
      style: { 'line-style': 'dashed', width: 1.5, 'line-color': '#7a5a00', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#7a5a00' },
    },
    {
      selector: 'edge.trace',
      style: {
        width: 4, 'line-color': '#c4001a', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#c4001a',
        label: 'data(label)', 'font-size': 11, 'font-weight': 'bold', color: '#1b1b1b', 'text-background-color': '#ffffff', 'text-background-opacity': 1,
      },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.highlighted', style: { 'border-width': 5, 'border-color': '#c4001a', 'z-index': 10, opacity: 1 } },
    { selector: 'node:selected', style: { 'overlay-color': '#0b57d0', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'node.removed', style: { opacity: 0.35, 'border-style': 'dashed', 'border-width': 3, 'border-color': '#c4001a', 'background-blacken': 0.4 } },
    { selector: 'edge.lost', style: { 'line-color': '#c4001a', 'line-style': 'dashed', width: 2.5, opacity: 1 } },
    { selector: 'node.isolated', style: { 'border-width': 6, 'border-color': '#e07000', 'z-index': 10 } },
    {
      selector: 'node.band',
      style: { shape: 'rectangle', width: 1, height: 1, opacity: 1, 'background-opacity': 0, 'border-width': 0, 'font-size': 14, 'font-weight': 'bold', color: '#444444', 'text-valign': 'center', 'text-halign': 'left', events: 'no' },
    },
  ],
});

// The strips above and beside the map change height as they load: keep cytoscape's idea of its size true.
new ResizeObserver(() => cy.resize()).observe($('map'));

// For the browser tests and for debugging from the console.
window.networkMap = { cy };

const state = { networks: new Map(), request: 0 };

function setStatus(state_, text, counts = {}) {
  if (state_ !== 'loading') mapStatus.dataset.generation = String(Number(mapStatus.dataset.generation ?? 0) + 1);
  mapStatus.dataset.state = state_;
  mapStatus.dataset.institutions = counts.institutions ?? '';
  mapStatus.dataset.matching = counts.matching ?? '';
  mapStatus.textContent = text;
  $('map').setAttribute('aria-label', t('map.mapWithStatus', { status: text }));
}

// ---- filters -------------------------------------------------------------------------------

function checkboxes(fieldset, values, name, word) {
  for (const value of values) {
    const id = `${name}-${value.toLowerCase()}`;
    fieldset.append(el('label', { class: 'check', for: id }, el('input', { type: 'checkbox', id, name, value }), ` ${word(value)}`));
  }
}

function currentFilter() {
  const checked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
  const where = {};
  const levelValues = checked('level');
  const kindValues = checked('kind');
  if (levelValues.length) where.levels = levelValues;
  if (kindValues.length) where.kinds = kindValues;
  if ($('territory-filter').value) where.actingOn = [$('territory-filter').value];
  if ($('theme-filter').value) where.themes = [$('theme-filter').value];
  if ($('network-filter').value) where.networks = [$('network-filter').value];
  return where;
}

async function loadFilterOptions() {
  const territories = await pages(
    'query Territories($first: Int, $after: String) { territories(first: $first, after: $after) { totalCount nodes { id name kind } pageInfo { hasNextPage endCursor } } }',
    {}, (data) => data.territories);
  for (const territory of territories.nodes) $('territory-filter').append(el('option', { value: territory.id }, t('map.filters.territoryOption', { name: territory.name, kind: lower(t(`common.territoryKind.${territory.kind}`)) })));

  const themes = await pages(
    'query Themes($first: Int, $after: String) { themes(first: $first, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }',
    {}, (data) => data.themes);
  for (const theme of themes.nodes) $('theme-filter').append(el('option', { value: theme.id }, theme.name));

  // The date first: the networks' parents are those of that day.
  await loadAsOf(new URLSearchParams(window.location.search).get('asOf'));
  for (const network of await loadNetworks()) $('network-filter').append(el('option', { value: network.id }, network.name));
  // The Compare page links each territory's figures here (/?territory=<id>); a bookmarked view carries the rest.
  readUrl();
}

/** The networks, with the networks they are part of on the map's date. */
async function loadNetworks() {
  const networks = await pages(
    `query Networks($first: Int, $after: String, $asOf: Date) { networks(first: $first, after: $after) {
       totalCount nodes { id name acronym kind level illustrative parentNetworks(asOf: $asOf) { id } } pageInfo { hasNextPage endCursor } } }`,
    { asOf: asOf() }, (data) => data.networks);
  state.networks.clear();
  for (const network of networks.nodes) state.networks.set(network.id, network);
  return networks.nodes;
}

/** The layout alone, from the address, when the filters' options could not be loaded. */
function readLayout() {
  const layout = new URLSearchParams(window.location.search).get('layout');
  if (['force', 'levels'].includes(layout)) $('layout').value = layout;
}

async function pages(query, variables, pick, stopAbove = Infinity) {
  const nodes = [];
  let after = null;
  let totalCount = 0;
  do {
    const connection = pick(await graphql(query, { ...variables, first: 100, after }));
    totalCount = connection.totalCount;
    if (totalCount > stopAbove) return { nodes: [], totalCount };
    nodes.push(...connection.nodes);
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return { nodes, totalCount };
}

// ---- drawing -------------------------------------------------------------------------------

const institutionsQuery = `query MapInstitutions($first: Int, $after: String, $where: InstitutionWhere, $asOf: Date) {
  institutions(first: $first, after: $after, where: $where) {
    totalCount
    nodes { id name acronym kind level illustrative memberships(asOf: $asOf) { network { id } } parent(asOf: $asOf) { id } referralsOut(asOf: $asOf) { to { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

function label(node) {
  const name = node.acronym || node.name;
  return node.illustrative ? t('map.illustrativeLabel', { name }) : name;
}

function networkElement(network) {
  const hasChildren = [...state.networks.values()].some((other) => other.parentNetworks.some((parent) => parent.id === network.id));
  return {
    group: 'nodes',
    data: { id: network.id, label: label(network), colour: levelColours[network.level], type: 'network', name: network.name, level: network.level },
    classes: ['network', network.illustrative ? 'illustrative' : '', hasChildren || network.kind === 'NETWORK_OF_NETWORKS' ? 'hub-of-hubs' : ''].join(' '),
  };
}

function draw(institutions, filtered) {
  const drawn = new Set(institutions.map((institution) => institution.id));
  const networkIds = new Set();
  if (!filtered) {
    if (state.networks.size <= drawLimit) for (const id of state.networks.keys()) networkIds.add(id);
  } else {
    for (const institution of institutions) for (const membership of institution.memberships) networkIds.add(membership.network.id);
    if ($('network-filter').value) networkIds.add($('network-filter').value);
    // Keep the network of networks visible: every network a drawn network is part of.
    const queue = [...networkIds];
    while (queue.length) {
      for (const parent of state.networks.get(queue.pop())?.parentNetworks ?? []) {
        if (!networkIds.has(parent.id)) {
          networkIds.add(parent.id);
          queue.push(parent.id);
        }
      }
    }
  }

  const elements = [];
  for (const id of networkIds) if (state.networks.has(id)) elements.push(networkElement(state.networks.get(id)));
  for (const institution of institutions) {
    elements.push({
      group: 'nodes',
      data: {
        id: institution.id, label: label(institution), name: institution.name, type: 'institution',
        level: institution.level, kind: institution.kind, colour: levelColours[institution.level], shape: kindShapes[institution.kind][0],
      },
      classes: `institution${institution.illustrative ? ' illustrative' : ''}`,
    });
    for (const membership of institution.memberships) {
      if (networkIds.has(membership.network.id)) {
        elements.push({ group: 'edges', data: { id: `m:${institution.id}:${membership.network.id}`, source: institution.id, target: membership.network.id }, classes: 'member' });
      }
    }
    if (institution.parent && drawn.has(institution.parent.id)) {
      elements.push({ group: 'edges', data: { id: `h:${institution.id}`, source: institution.id, target: institution.parent.id }, classes: 'hierarchy' });
    }
    for (const referral of institution.referralsOut) {
      if (drawn.has(referral.to.id)) {
        elements.push({ group: 'edges', data: { id: `r:${institution.id}:${referral.to.id}`, source: institution.id, target: referral.to.id }, classes: 'referral' });
      }
    }
  }
  for (const id of networkIds) {
    for (const parent of state.networks.get(id)?.parentNetworks ?? []) {
      if (networkIds.has(parent.id)) {
        elements.push({ group: 'edges', data: { id: `p:${id}:${parent.id}`, source: id, target: parent.id }, classes: 'part-of' });
      }
    }
  }

  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  runLayout();
  return networkIds.size;
}

/** Bottom to top: the order of the bands of the levels layout. */
const bandOrder = ['MUNICIPAL', 'PROVINCIAL', 'REGIONAL', 'NATIONAL', 'EUROPEAN', 'INTERNATIONAL'];
const bandHeight = 160;
const bandSpacing = 70;

/**
 * The levels layout: one horizontal band per governance level, municipal at the bottom, each institution in its
 * level's band, each network between the bands of its members (at the mean of their positions), and a label at the
 * left of every band, so that links across levels and empty levels show at a glance.
 */
function levelPositions() {
  const y = (level) => (bandOrder.length - 1 - bandOrder.indexOf(level)) * bandHeight;
  const positions = {};
  const byLevel = new Map(bandOrder.map((level) => [level, []]));
  for (const node of cy.nodes('.institution')) byLevel.get(node.data('level'))?.push(node);
  let widest = 0;
  for (const [level, nodes] of byLevel) {
    nodes.sort((a, b) => a.data('kind').localeCompare(b.data('kind')) || a.data('name').localeCompare(b.data('name')));
    nodes.forEach((node, index) => { positions[node.id()] = { x: (index - (nodes.length - 1) / 2) * bandSpacing, y: y(level) }; });
    widest = Math.max(widest, nodes.length * bandSpacing);
  }
  for (const network of cy.nodes('.network')) {
    const members = network.neighborhood('node.institution').filter((node) => positions[node.id()]);
    const own = y(network.data('level'));
    positions[network.id()] = members.length
      ? {
        x: members.reduce((sum, node) => sum + positions[node.id()].x, 0) / members.length,
        y: members.reduce((sum, node) => sum + positions[node.id()].y, 0) / members.length - bandHeight / 2,
      }
      : { x: 0, y: own - bandHeight / 2 };
  }
  // Networks at the same height keep apart: left to right, each at least a hub's width from the one before.
  const rows = new Map();
  for (const network of cy.nodes('.network')) {
    const at = positions[network.id()];
    const key = Math.round(at.y);
    if (!rows.has(key)) rows.set(key, []);
    rows.get(key).push(at);
  }
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    for (let i = 1; i < row.length; i++) row[i].x = Math.max(row[i].x, row[i - 1].x + bandSpacing);
  }
  for (const level of bandOrder) positions[`band:${level}`] = { x: -widest / 2 - 140, y: y(level) };
  return positions;
}

function runLayout() {
  cy.remove('.band');
  if ($('layout').value === 'levels') {
    cy.add(bandOrder.map((band) => ({
      group: 'nodes', data: { id: `band:${band}`, label: t('map.band', { level: level(band), count: formatNumber(cy.nodes(`.institution[level = "${band}"]`).length) }) },
      classes: 'band', selectable: false, grabbable: false,
    })));
    const positions = levelPositions();
    cy.layout({ name: 'preset', positions: (node) => positions[node.id()], fit: true, padding: 24 }).run();
  } else {
    cy.layout({ name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 60, numIter: 1200, fit: true, padding: 24 }).run();
  }
}

/** Whether the address has been read into the controls: until then it is not overwritten (a failed load keeps it). */
let urlRead = false;

/** The layout and the filters, in the address bar, so that a view can be bookmarked and shared. */
function writeUrl() {
  if (!urlRead) return;
  const params = new URLSearchParams();
  if ($('layout').value !== 'force') params.set('layout', $('layout').value);
  if (asOf()) params.set('asOf', asOf());
  for (const input of document.querySelectorAll('#filters input[type="checkbox"]:checked')) params.append(input.name, input.value);
  for (const [name, select] of [['territory', 'territory-filter'], ['theme', 'theme-filter'], ['network', 'network-filter']]) {
    if ($(select).value) params.set(name, $(select).value);
  }
  // The language stays in the address with the view, so that a shared link opens in it.
  const language = new URLSearchParams(window.location.search).get('lang');
  if (language) params.set('lang', language);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

/** Sets the layout and the filters from the address bar (values the page does not offer are ignored). */
function readUrl() {
  urlRead = true;
  readLayout();
  const params = new URLSearchParams(window.location.search);
  for (const name of ['level', 'kind']) {
    for (const value of params.getAll(name)) {
      const input = document.querySelector(`#filters input[name="${name}"][value="${CSS.escape(value)}"]`);
      if (input) input.checked = true;
    }
  }
  for (const [name, select] of [['territory', 'territory-filter'], ['theme', 'theme-filter'], ['network', 'network-filter']]) {
    const value = params.get(name);
    if (value && [...$(select).options].some((option) => option.value === value)) $(select).value = value;
  }
}

async function refresh() {
  writeUrl();
  const request = ++state.request;
  const where = currentFilter();
  const filtered = Object.keys(where).length > 0;
  setStatus('loading', t('map.status.loading'));
  try {
    const { nodes, totalCount } = await pages(institutionsQuery, { where, asOf: asOf() }, (data) => data.institutions, drawLimit);
    if (request !== state.request) return;
    if (totalCount > drawLimit) {
      // Only the networks stay drawn, as a map of the network of networks to narrow from.
      const networkCount = draw([], false);
      setStatus('too-many', t('map.status.tooMany', { total: formatNumber(totalCount), limit: formatNumber(drawLimit), networks: formatNumber(networkCount) }),
        { institutions: 0, matching: totalCount });
      return;
    }
    const networkCount = draw(nodes, filtered);
    const shown = { institutions: formatNumber(nodes.length), networks: formatNumber(networkCount), day: asOf() };
    setStatus('ready', t(`map.status.ready${filtered ? 'Filtered' : ''}${asOf() ? 'AsOf' : ''}`, shown),
      { institutions: nodes.length, matching: totalCount });
    reapplyOverlay();
  } catch (error) {
    if (request === state.request) setStatus('error', t('map.status.failed', { reason: explain(error) }));
  }
}

// ---- side panel ----------------------------------------------------------------------------

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

async function openPanel(id) {
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

function closePanel() {
  const id = $('panel').dataset.node;
  $('panel').hidden = true;
  cy.$(':selected').unselect();
  document.querySelector(`#search-results [data-node="${CSS.escape(id ?? '')}"]`)?.focus();
}

// ---- search --------------------------------------------------------------------------------

async function search(text) {
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

// ---- overlays ------------------------------------------------------------------------------

let overlay = null;

function highlight(ids, traceEdges = []) {
  cy.batch(() => {
    cy.elements('.trace').remove();
    cy.elements().removeClass('highlighted faded removed lost isolated');
    if (!ids) return;
    cy.elements().addClass('faded');
    for (const id of ids) cy.getElementById(id).removeClass('faded').addClass('highlighted');
    cy.add(traceEdges.filter((edge) => cy.getElementById(edge.data.source).length && cy.getElementById(edge.data.target).length));
  });
}

function reapplyOverlay() {
  if (overlay) overlay();
}

function clearOverlay() {
  overlay = null;
  highlight(null);
  $('map').dataset.highlighted = '';
  for (const button of document.querySelectorAll('.overlay-list [aria-pressed="true"]')) button.setAttribute('aria-pressed', 'false');
}

async function showGaps(on) {
  const list = $('gap-list');
  list.hidden = !on;
  if (!on) {
    clearOverlay();
    return;
  }
  list.replaceChildren(el('p', { class: 'muted' }, t('map.gaps.loading')));
  try {
    const data = await graphql(`query Gaps($asOf: Date) { coverageGaps(asOf: $asOf) { severity kind levels theme { id name } institutions { id name level } } }`,
      { asOf: asOf() });
    list.replaceChildren(
      el('p', { class: 'muted' }, tn('map.gaps.count', data.coverageGaps.length)),
      el('ul', { class: 'results', id: 'gaps' }, data.coverageGaps.map((gap, index) => el('li', {},
        el('button', {
          type: 'button', class: 'gap', 'aria-pressed': 'false', 'data-gap': index,
          'data-theme': gap.theme.id, 'data-kind': gap.kind, 'data-levels': gap.levels.join(' '),
          onclick: (event) => selectGap(gap, event.currentTarget),
        },
        el('span', { class: `badge severity-${gap.severity.toLowerCase()}` }, t(`common.severity.${gap.severity}`)),
        ` ${gap.theme.name} · ${gap.levels.map((l) => lower(level(l))).join(' → ')} · ${lower(t(`common.gapKind.${gap.kind}`))}`)))),
      el('p', { id: 'gap-detail', role: 'status' }),
    );
  } catch (error) {
    list.replaceChildren(el('p', { class: 'error' }, explain(error)));
  }
}

function selectGap(gap, button) {
  clearOverlay();
  button.setAttribute('aria-pressed', 'true');
  overlay = () => {
    const ids = gap.institutions.map((institution) => institution.id);
    highlight(ids);
    const onMap = ids.filter((id) => cy.getElementById(id).length);
    $('map').dataset.highlighted = onMap.join(' ');
    const involved = gap.institutions.length
      ? t('map.gaps.involved', { actors: gap.institutions.map((i) => `${i.name} (${lower(level(i.level))})`).join(', ') })
      : t('map.gaps.noActor');
    const hidden = ids.length - onMap.length;
    // Said in the page's language from the gap's kind, levels and theme (the API's own explanation is English).
    const [first, second] = gap.levels.map((l) => lower(level(l)));
    const sentence = t(`map.gaps.explain.${gap.kind}`, { theme: gap.theme.name, level: first, lower: first, higher: second ?? first });
    $('gap-detail').textContent = `${sentence} ${involved}${hidden ? ` ${tn('map.gaps.hidden', hidden)}` : ''}`;
  };
  overlay();
}

async function loadFeedbackItems() {
  const select = $('trace-item');
  if (!token.get()) {
    select.replaceChildren(el('option', { value: '' }, t('map.trace.needToken')));
    return;
  }
  try {
    const data = await graphql('{ feedbackItems(first: 100) { totalCount nodes { id title status illustrative } } }');
    select.replaceChildren(
      el('option', { value: '' }, t(data.feedbackItems.totalCount ? 'map.trace.choose' : 'map.trace.none')),
      ...data.feedbackItems.nodes.map((item) => el('option', { value: item.id },
        t(item.illustrative ? 'map.trace.itemIllustrative' : 'map.trace.item', { title: item.title, status: lower(status(item.status)) }))));
  } catch (error) {
    select.replaceChildren(el('option', { value: '' }, t('map.panel.notAvailable')));
    $('token-status').textContent = explain(error);
  }
}

async function showTrace() {
  const id = $('trace-item').value;
  const view = $('trace-view');
  view.hidden = false;
  if (!id) {
    view.replaceChildren(el('p', { class: 'muted' }, t(token.get() ? 'map.trace.chooseItem' : 'map.trace.needTokenAbove')));
    return;
  }
  try {
    const { feedbackTrace: trace } = await graphql(`query Trace($id: ID!) { feedbackTrace(id: $id) {
      illustrative loopClosed daysToResolution levelsTraversed
      item { title raisedBy { id name } }
      steps { kind at level note actor { id name } meeting { title network { id name } } network { id name }
              policyChange { title adoptedBy { id name } } } } }`, { id });
    if (!trace) throw new GraphQLError(t('common.error.NOT_FOUND'), 'NOT_FOUND');
    const stops = [];
    for (const step of trace.steps) {
      const place = step.network ?? step.meeting?.network ?? step.actor ?? step.policyChange?.adoptedBy?.[0];
      if (place && stops.at(-1) !== place.id) stops.push(place.id);
    }
    const edges = stops.slice(1).map((target, index) => ({
      group: 'edges', data: { id: `trace:${index}`, source: stops[index], target, label: String(index + 1) }, classes: 'trace',
    }));
    clearOverlay();
    overlay = () => {
      highlight(stops, edges);
      $('map').dataset.highlighted = stops.filter((stop) => cy.getElementById(stop).length).join(' ');
    };
    overlay();
    view.replaceChildren(el('div', {},
      trace.illustrative ? el('p', { class: 'badge illustrative-badge' }, t('common.illustrative')) : null,
      el('p', {}, el('strong', {}, trace.item.title)),
      el('p', {}, [
        t('map.trace.levels', { levels: trace.levelsTraversed.map((l) => lower(level(l))).join(' → ') || t('map.trace.noLevel') }),
        t(trace.loopClosed ? 'map.trace.closed' : 'map.trace.open'),
        trace.daysToResolution === null ? '' : tn('map.trace.days', Math.round(trace.daysToResolution)),
      ].filter(Boolean).join(' ')),
      el('ol', { class: 'trace-steps' }, trace.steps.map((step) => el('li', {},
        el('strong', {}, t(`common.step.${step.kind}`)), ` ${formatDay(step.at)}`,
        step.level ? ` · ${lower(level(step.level))}` : '',
        ` · ${[step.actor?.name, step.meeting?.title, step.network?.name, step.policyChange?.title].filter(Boolean).join(' · ')}`,
        step.note ? el('span', { class: 'muted' }, ` — ${step.note}`) : null))),
    ));
  } catch (error) {
    view.replaceChildren(el('p', { class: 'error' }, explain(error)));
  }
}

// ---- dashboard -----------------------------------------------------------------------------

const dashboardFields = `institutions networks feedbackItems closedLoopShare medianDaysToResolution
  feedbackByStatus { key count } gapsBySeverity { key count }`;

/** Draws the strip from one Dashboard, as the query answers it and as each live event brings it. */
function renderDashboard(d) {
  const figure = (value, name) => el('div', { class: 'figure' }, el('span', { class: 'value' }, value), el('span', { class: 'name' }, name));
  $('dashboard-figures').replaceChildren(
    el('div', { class: 'figures' },
      figure(formatNumber(d.institutions), t('map.dashboard.institutions')),
      figure(formatNumber(d.networks), t('map.dashboard.networks')),
      figure(formatNumber(d.feedbackItems), t('map.dashboard.feedbackItems')),
      figure(d.closedLoopShare === null ? '—' : formatPercent(d.closedLoopShare), t('map.dashboard.loopsClosed')),
      figure(d.medianDaysToResolution === null ? '—' : formatNumber(Math.round(d.medianDaysToResolution)), t('map.dashboard.medianDays'))),
    el('div', { class: 'funnel' }, el('h2', {}, t('map.dashboard.funnel')),
      el('ol', {}, d.feedbackByStatus.map((s) => el('li', {}, el('span', { class: 'name' }, status(s.key)), el('span', { class: 'value' }, formatNumber(s.count)))))),
    el('div', { class: 'gaps' }, el('h2', {}, t('map.dashboard.gaps')),
      el('ul', {}, d.gapsBySeverity.map((s) => el('li', {}, el('span', { class: `badge severity-${s.key.toLowerCase()}` }, t(`common.severity.${s.key}`)), ` ${formatNumber(s.count)}`)))),
    el('p', { class: 'muted note' }, t('map.dashboard.note')),
  );
}

/** Loads and draws the dashboard; false when it could not. */
async function loadDashboard() {
  try {
    const { dashboard } = await graphql(`{ dashboard { ${dashboardFields} } }`);
    renderDashboard(dashboard);
    return true;
  } catch (error) {
    $('dashboard-figures').replaceChildren(el('p', { class: 'error' }, t('map.dashboard.failed', { reason: explain(error) })));
    return false;
  }
}

let stopDashboard = () => {};

/** Loads the dashboard, then keeps it current with dashboardChanged, for the token in use now. */
async function showDashboard() {
  const loaded = await loadDashboard();
  // Calls overlap when a token is pasted while the page loads: the last to finish decides, with the current token.
  stopDashboard();
  stopDashboard = !loaded ? () => {} : follow(`subscription { dashboardChanged { ${dashboardFields} } }`, {
    bearer: token.get(),
    indicator: $('dashboard-live'),
    next: (data) => renderDashboard(data.dashboardChanged),
    reconnected: loadDashboard,
  });
}

// ---- wiring --------------------------------------------------------------------------------

function legend() {
  $('legend-levels').replaceChildren(...levels.map((value) =>
    el('li', {}, el('span', { class: 'swatch', style: `background:${levelColours[value]}`, 'aria-hidden': 'true' }), ` ${level(value)}`)));
  $('legend-kinds').replaceChildren(...kinds.map((value) =>
    el('li', {}, el('span', { class: 'shape', 'aria-hidden': 'true' }, kindShapes[value][1]), ` ${kind(value)}`)));
}

checkboxes($('level-filter'), levels, 'level', level);
checkboxes($('kind-filter'), kinds, 'kind', kind);
legend();
$('filters').addEventListener('change', refresh);
$('layout').addEventListener('change', () => {
  writeUrl();
  runLayout();
  reapplyOverlay();
});
$('filters').addEventListener('reset', () => setTimeout(refresh));
$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  search($('search').value);
});
$('panel-close').addEventListener('click', closePanel);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !$('panel').hidden) closePanel();
});
cy.on('tap', 'node', (event) => openPanel(event.target.id()));
$('gap-overlay').addEventListener('change', (event) => showGaps(event.target.checked));
$('show-trace').addEventListener('click', showTrace);
$('clear-overlay').addEventListener('click', clearOverlay);
const whatIfButton = wireWhatIf(cy, { setOverlay: (apply) => { overlay = apply; apply(); }, clear: clearOverlay, asOf });
wireAsOf(async () => {
  // Another day: the overlays answered for the one before.
  clearOverlay();
  if ($('gap-overlay').checked) showGaps(true);
  try {
    await loadNetworks();
  } catch (error) {
    setStatus('error', t('map.status.failed', { reason: explain(error) }));
    return;
  }
  await refresh();
});
wireDownloads(currentFilter, $('download-status'));
$('token').value = token.get();
$('token-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  token.set($('token').value);
  $('token-status').textContent = t(token.get() ? 'map.token.inUse' : 'map.token.anonymous');
  await Promise.all([loadFeedbackItems(), showDashboard()]);
});

addEventListener('pagehide', () => stopDashboard());
addEventListener('pageshow', (event) => event.persisted && showDashboard());
showDashboard();
loadFeedbackItems();
try {
  await loadFilterOptions();
} catch (error) {
  readLayout();
  setStatus('error', t('map.status.failed', { reason: explain(error) }));
}
await refresh();
