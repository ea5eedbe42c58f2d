// The Compare page: compareTerritories side by side, each figure a link to the map filtered to its territory.
import { graphql, explain, levels, words, el } from './api.js';

const $ = (id) => document.getElementById(id);
const maxCompared = 10;
const defaultChoice = ['bilbao', 'eastbrook'];

const compareQuery = `query Compare($ids: [ID!]!) {
  compareTerritories(ids: $ids) {
    territory { id name kind illustrative }
    institutions networks density eiIndex themesCoveredAtEveryExpectedLevel closedLoopRate medianDaysToResolution brokerConcentration
    institutionsByLevel { key count }
    gapsBySeverity { key count }
  }
}`;

const percent = (share) => (share === null || share === undefined ? 'no data' : `${Math.round(share * 100)}%`);
const decimal = (value, digits = 2) => (value === null || value === undefined ? 'no data' : value.toFixed(digits));

/** The figures, in table order: a label, an explanation, and how to show one profile's value. */
const figures = [
  ['Institutions', 'Institutions acting on the territory.', (p) => String(p.institutions)],
  ['By governance level', 'Institutions per level.', (p) => bars(p.institutionsByLevel.filter((c) => levels.includes(c.key)), p.institutions)],
  ['Networks', 'Networks one of them sits in, and the networks those are part of.', (p) => String(p.networks)],
  ['Density', 'Linked pairs of institutions out of all possible pairs.', (p) => meter(p.density, percent(p.density))],
  ['E-I index', 'From -1 (every link within one level) to 1 (every link crosses levels).', (p) => meter((p.eiIndex + 1) / 2, decimal(p.eiIndex))],
  ['Coverage gaps', 'Gaps by severity.', (p) => bars([...p.gapsBySeverity].reverse(), Math.max(1, ...p.gapsBySeverity.map((c) => c.count)))],
  ['Themes covered at every expected level', 'Themes with a holder at each level planners expect.', (p) => meter(p.themesCoveredAtEveryExpectedLevel, percent(p.themesCoveredAtEveryExpectedLevel))],
  ['Closed loops', 'Feedback items resolved and reported back.', (p) => meter(p.closedLoopRate, percent(p.closedLoopRate))],
  ['Median days to resolution', 'From submission to the first resolution.', (p) => decimal(p.medianDaysToResolution, 1)],
  ['Broker concentration', 'Share of all brokerage held by the top three brokers.', (p) => meter(p.brokerConcentration, percent(p.brokerConcentration))],
];

/** A small horizontal bar with its value written beside it, so the chart never carries the figure alone. */
function meter(share, text) {
  if (share === null || share === undefined) return el('span', { class: 'muted' }, text);
  const bar = el('span', { class: 'meter-bar' });
  bar.style.width = `${Math.max(0, Math.min(1, share)) * 100}%`;
  return el('span', { class: 'meter' }, el('span', { class: 'meter-track', 'aria-hidden': 'true' }, bar), el('span', { class: 'meter-text' }, text));
}

function bars(counts, scale) {
  return el('ul', { class: 'bars' }, counts.map((c) =>
    el('li', {}, el('span', { class: 'bars-label' }, words(c.key)), meter(scale ? c.count / scale : 0, String(c.count)))));
}

function chosen() {
  return [...document.querySelectorAll('input[name="territory"]:checked')].map((input) => input.value);
}

async function loadTerritories() {
  const data = await graphql('{ territories(first: 100) { totalCount nodes { id name kind illustrative } } }');
  const fieldset = $('territory-choice');
  const asked = new URLSearchParams(window.location.search).getAll('id');
  const initial = asked.length ? asked : defaultChoice;
  for (const territory of data.territories.nodes) {
    const id = `territory-${territory.id}`;
    fieldset.append(el('label', { class: 'check', for: id },
      el('input', { type: 'checkbox', id, name: 'territory', value: territory.id, checked: initial.includes(territory.id) }),
      ` ${territory.name} `, el('span', { class: 'muted' }, `(${words(territory.kind).toLowerCase()}${territory.illustrative ? ', illustrative' : ''})`)));
  }
  $('territory-status').textContent = data.territories.totalCount > data.territories.nodes.length
    ? `The first ${data.territories.nodes.length} of ${data.territories.totalCount} territories.`
    : `${data.territories.totalCount} territories.`;
}

async function compare() {
  const ids = chosen();
  if (ids.length === 0 || ids.length > maxCompared) {
    $('compare-status').textContent = `Choose between 1 and ${maxCompared} territories.`;
    return;
  }
  $('compare-status').textContent = 'Comparing…';
  try {
    const { compareTerritories: profiles } = await graphql(compareQuery, { ids });
    render(profiles);
    $('compare-status').textContent = `${profiles.length} territories compared.`;
    history.replaceState(null, '', `?${ids.map((id) => `id=${encodeURIComponent(id)}`).join('&')}`);
  } catch (error) {
    $('compare-status').textContent = `The comparison failed: ${explain(error)}`;
  }
}

function render(profiles) {
  const head = $('comparison-head');
  head.replaceChildren(el('th', { scope: 'col' }, 'Figure'));
  for (const profile of profiles) {
    head.append(el('th', { scope: 'col' }, profile.territory.name, profile.territory.illustrative ? el('span', { class: 'muted' }, ' (illustrative)') : null));
  }
  $('comparison-body').replaceChildren(...figures.map(([name, help, show]) => el('tr', {},
    el('th', { scope: 'row' }, name, el('div', { class: 'muted small' }, help)),
    profiles.map((profile) => el('td', { 'data-territory': profile.territory.id },
      el('a', { href: `/?territory=${encodeURIComponent(profile.territory.id)}`, title: `${name} in ${profile.territory.name}: open the map filtered to it` }, show(profile)))))));
  $('comparison').hidden = false;
}

$('compare-form').addEventListener('submit', (event) => {
  event.preventDefault();
  compare();
});

try {
  await loadTerritories();
  await compare();
} catch (error) {
  $('territory-status').textContent = `The territories could not be loaded: ${explain(error)}`;
}
