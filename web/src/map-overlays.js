// What the map can lay over the drawing: the coverage gaps, and a feedback item's trace.
import { graphql, GraphQLError, explain, token, el } from './api.js';
import { t, tn, lower, formatDay } from './i18n.js';
import { asOf } from './asof.js';
import { $, level, status, gapSummary, actorsWithLevels } from './map-shared.js';
import { cy } from './map-view.js';

/** What is laid over the map now, applied again after every redraw. */
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

/** Lays apply over the map, now and after every redraw, until cleared. */
export function setOverlay(apply) {
  overlay = apply;
  apply();
}

export function reapplyOverlay() {
  if (overlay) overlay();
}

export function clearOverlay() {
  overlay = null;
  highlight(null);
  $('map').dataset.highlighted = '';
  for (const button of document.querySelectorAll('.overlay-list [aria-pressed="true"]')) button.setAttribute('aria-pressed', 'false');
}

export async function showGaps(on) {
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
        gapSummary(gap))))),
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
      ? t('map.gaps.involved', { actors: actorsWithLevels(gap.institutions) })
      : t('map.gaps.noActor');
    const hidden = ids.length - onMap.length;
    // Said in the page's language from the gap's kind, levels and theme (the API's own explanation is English).
    const [first, second] = gap.levels.map((l) => lower(level(l)));
    const sentence = t(`map.gaps.explain.${gap.kind}`, { theme: gap.theme.name, level: first, lower: first, higher: second ?? first });
    $('gap-detail').textContent = `${sentence} ${involved}${hidden ? ` ${tn('map.gaps.hidden', hidden)}` : ''}`;
  };
  overlay();
}

export async function loadFeedbackItems() {
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

export async function showTrace() {
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
