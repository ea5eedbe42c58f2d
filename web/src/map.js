// The network map: institutions and networks from the public GraphQL API, drawn with cytoscape.js.
import { explain, token, levels, kinds, el } from './api.js';
import { t, formatNumber } from './i18n.js';
import { wireDownloads } from './exports.js';
import { wireWhatIf } from './whatif.js';
import { asOf, wireAsOf } from './asof.js';
import { $, level, kind, levelColours, kindShapes, label } from './map-shared.js';
import { createMap, runLayout } from './map-view.js';
import { networks, checkboxes, currentFilter, loadFilterOptions, loadNetworks, readLayout, pages, writeUrl } from './map-filters.js';
import { wirePanel, openPanel, closePanel, search } from './map-panel.js';
import { setOverlay, reapplyOverlay, clearOverlay, showGaps, showTrace, loadFeedbackItems } from './map-overlays.js';
import { showDashboard, stopDashboard } from './map-dashboard.js';

/** The most institutions drawn at once; beyond it the map asks for narrower filters instead of freezing. */
const drawLimit = 500;

const mapStatus = $('map-status');

const cy = createMap($('map'));

// The strips above and beside the map change height as they load: keep cytoscape's idea of its size true.
new ResizeObserver(() => cy.resize()).observe($('map'));

// For the browser tests and for debugging from the console.
window.networkMap = { cy };

wirePanel({ whatIf: wireWhatIf(cy, { setOverlay, clear: clearOverlay, asOf }) });

const state = { request: 0 };

function setStatus(state_, text, counts = {}) {
  if (state_ !== 'loading') mapStatus.dataset.generation = String(Number(mapStatus.dataset.generation ?? 0) + 1);
  mapStatus.dataset.state = state_;
  mapStatus.dataset.institutions = counts.institutions ?? '';
  mapStatus.dataset.matching = counts.matching ?? '';
  mapStatus.textContent = text;
  $('map').setAttribute('aria-label', t('map.mapWithStatus', { status: text }));
}

// ---- drawing -------------------------------------------------------------------------------

const institutionsQuery = `query MapInstitutions($first: Int, $after: String, $where: InstitutionWhere, $asOf: Date) {
  institutions(first: $first, after: $after, where: $where) {
    totalCount
    nodes { id name acronym kind level illustrative memberships(asOf: $asOf) { network { id } } parent(asOf: $asOf) { id } referralsOut(asOf: $asOf) { to { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

function networkElement(network) {
  const hasChildren = [...networks.values()].some((other) => other.parentNetworks.some((parent) => parent.id === network.id));
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
    if (networks.size <= drawLimit) for (const id of networks.keys()) networkIds.add(id);
  } else {
    for (const institution of institutions) for (const membership of institution.memberships) networkIds.add(membership.network.id);
    if ($('network-filter').value) networkIds.add($('network-filter').value);
    // Keep the network of networks visible: every network a drawn network is part of.
    const queue = [...networkIds];
    while (queue.length) {
      for (const parent of networks.get(queue.pop())?.parentNetworks ?? []) {
        if (!networkIds.has(parent.id)) {
          networkIds.add(parent.id);
          queue.push(parent.id);
        }
      }
    }
  }

  const elements = [];
  for (const id of networkIds) if (networks.has(id)) elements.push(networkElement(networks.get(id)));
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
    for (const parent of networks.get(id)?.parentNetworks ?? []) {
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
