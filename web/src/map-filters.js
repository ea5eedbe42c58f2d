// The map's filters, and the view in the address bar: what to draw, bookmarked and shared.
import { graphql, el } from './api.js';
import { t, lower, addressWith } from './i18n.js';
import { asOf, loadAsOf } from './asof.js';
import { $ } from './map-shared.js';

/** Every network by id, with the networks it is part of on the map's date (loadNetworks). */
export const networks = new Map();

/** One checkbox for each value, named by word(value). */
export function checkboxes(fieldset, values, name, word) {
  for (const value of values) {
    const id = `${name}-${value.toLowerCase()}`;
    fieldset.append(el('label', { class: 'check', for: id }, el('input', { type: 'checkbox', id, name, value }), ` ${word(value)}`));
  }
}

/** What the controls ask for, as the API's InstitutionWhere. */
export function currentFilter() {
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

/** Fills the filters' options (territories, themes, the date, networks), then sets the controls from the address. */
export async function loadFilterOptions() {
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
export async function loadNetworks() {
  const found = await pages(
    `query Networks($first: Int, $after: String, $asOf: Date) { networks(first: $first, after: $after) {
       totalCount nodes { id name acronym kind level illustrative parentNetworks(asOf: $asOf) { id } } pageInfo { hasNextPage endCursor } } }`,
    { asOf: asOf() }, (data) => data.networks);
  networks.clear();
  for (const network of found.nodes) networks.set(network.id, network);
  return found.nodes;
}

/** The layout alone, from the address, when the filters' options could not be loaded. */
export function readLayout() {
  const layout = new URLSearchParams(window.location.search).get('layout');
  if (['force', 'levels'].includes(layout)) $('layout').value = layout;
}

/** Every node of a paged list; none when there are more than stopAbove, which then only counts them. */
export async function pages(query, variables, pick, stopAbove = Infinity) {
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

/** Whether the address has been read into the controls: until then it is not overwritten (a failed load keeps it). */
let urlRead = false;

/** The layout and the filters, in the address bar, so that a view can be bookmarked and shared. */
export function writeUrl() {
  if (!urlRead) return;
  const params = new URLSearchParams();
  if ($('layout').value !== 'force') params.set('layout', $('layout').value);
  if (asOf()) params.set('asOf', asOf());
  for (const input of document.querySelectorAll('#filters input[type="checkbox"]:checked')) params.append(input.name, input.value);
  for (const [name, select] of [['territory', 'territory-filter'], ['theme', 'theme-filter'], ['network', 'network-filter']]) {
    if ($(select).value) params.set(name, $(select).value);
  }
  history.replaceState(null, '', addressWith(params));
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
