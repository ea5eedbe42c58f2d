// The Compare page: compareTerritories side by side, each figure a link to the map filtered to its territory.
import { graphql, explain, levels, el } from './api.js';
import { t, tn, lower, formatNumber, formatPercent, addressWith } from './i18n.js';

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

const missing = (value) => value === null || value === undefined;
const percent = (share) => (missing(share) ? t('compare.noData') : formatPercent(share));
const decimal = (value, digits = 2) => (missing(value) ? t('compare.noData') : formatNumber(value, digits));

/** The figures, in table order: a name (compare.figure.<name>, explained by compare.help.<name>), and how to show one profile's value. */
const figures = [
  ['institutions', (p) => formatNumber(p.institutions)],
  ['byLevel', (p) => bars(p.institutionsByLevel.filter((c) => levels.includes(c.key)), p.institutions, 'level')],
  ['networks', (p) => formatNumber(p.networks)],
  ['density', (p) => meter(p.density, percent(p.density))],
  ['eiIndex', (p) => meter((p.eiIndex + 1) / 2, decimal(p.eiIndex))],
  ['gaps', (p) => bars([...p.gapsBySeverity].reverse(), Math.max(1, ...p.gapsBySeverity.map((c) => c.count)), 'severity')],
  ['themesCovered', (p) => meter(p.themesCoveredAtEveryExpectedLevel, percent(p.themesCoveredAtEveryExpectedLevel))],
  ['closedLoops', (p) => meter(p.closedLoopRate, percent(p.closedLoopRate))],
  ['medianDays', (p) => decimal(p.medianDaysToResolution, 1)],
  ['brokerConcentration', (p) => meter(p.brokerConcentration, percent(p.brokerConcentration))],
];

/** A small horizontal bar with its value written beside it, so the chart never carries the figure alone. */
function meter(share, text) {
  if (share === null || share === undefined) return el('span', { class: 'muted' }, text);
  const bar = el('span', { class: 'meter-bar' });
  bar.style.width = `${Math.max(0, Math.min(1, share)) * 100}%`;
  return el('span', { class: 'meter' }, el('span', { class: 'meter-track', 'aria-hidden': 'true' }, bar), el('span', { class: 'meter-text' }, text));
}

function bars(counts, scale, group) {
  return el('ul', { class: 'bars' }, counts.map((c) =>
    el('li', {}, el('span', { class: 'bars-label' }, t(`common.${group}.${c.key}`)), meter(scale ? c.count / scale : 0, formatNumber(c.count)))));
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
      ` ${territory.name} `, el('span', { class: 'muted' }, t(territory.illustrative ? 'compare.kindIllustrative' : 'compare.kind',
        { kind: lower(t(`common.territoryKind.${territory.kind}`)) }))));
  }
  $('territory-status').textContent = data.territories.totalCount > data.territories.nodes.length
    ? t('compare.firstOf', { shown: formatNumber(data.territories.nodes.length), total: formatNumber(data.territories.totalCount) })
    : tn('compare.territories', data.territories.totalCount);
}

async function compare() {
  const ids = chosen();
  if (ids.length === 0 || ids.length > maxCompared) {
    $('compare-status').textContent = t('compare.chooseBetween', { max: formatNumber(maxCompared) });
    return;
  }
  $('compare-status').textContent = t('compare.comparing');
  try {
    const { compareTerritories: profiles } = await graphql(compareQuery, { ids });
    render(profiles);
    $('compare-status').textContent = tn('compare.compared', profiles.length);
    history.replaceState(null, '', addressWith(new URLSearchParams(ids.map((id) => ['id', id]))));
  } catch (error) {
    $('compare-status').textContent = t('compare.failed', { reason: explain(error) });
  }
}

function render(profiles) {
  const head = $('comparison-head');
  head.replaceChildren(el('th', { scope: 'col' }, t('compare.figure')));
  for (const profile of profiles) {
    head.append(el('th', { scope: 'col' }, profile.territory.name, profile.territory.illustrative ? el('span', { class: 'muted' }, ` ${t('compare.illustrative')}`) : null));
  }
  $('comparison-body').replaceChildren(...figures.map(([figure, show]) => el('tr', {},
    el('th', { scope: 'row' }, t(`compare.figure.${figure}`), el('div', { class: 'muted small' }, t(`compare.help.${figure}`))),
    profiles.map((profile) => el('td', { 'data-territory': profile.territory.id },
      el('a', {
        href: `/?territory=${encodeURIComponent(profile.territory.id)}`,
        title: t('compare.openMap', { figure: t(`compare.figure.${figure}`), territory: profile.territory.name }),
      }, show(profile)))))));
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
  $('territory-status').textContent = t('compare.territoriesFailed', { reason: explain(error) });
}
