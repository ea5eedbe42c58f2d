// What if an actor or a network goes: the planner picks institutions and networks from the side panel, presses
// Remove, and the map shows what whatIf answers (nothing is written): the removed nodes crossed out, their links
// marked lost, the actors left without a link and the actors of new coverage gaps highlighted. Reset restores the map.
import { graphql, explain, el } from './api.js';
import { t, formatNumber, formatList } from './i18n.js';
import { $, gapSummary, actorsWithLevels } from './map-shared.js';

const whatIfQuery = `query WhatIf($remove: [ID!]!, $asOf: Date) { whatIf(remove: $remove, asOf: $asOf) {
  lostPairs componentsBefore componentsAfter
  isolated { id name level }
  newGaps { kind levels severity theme { name } institutions { id } }
  cutPathways { hops { from { id name } to { id name } } }
} }`;

/** The most ids one question takes (the API refuses more). */
const maxRemoved = 20;

/**
 * Wires the what-if controls to the map. `setOverlay(fn)` makes fn the map's overlay (re-applied after every drawing),
 * `clear()` removes the map's overlay, `asOf()` is the map's date (null for today).
 */
export function wireWhatIf(cy, { setOverlay, clear, asOf }) {
  const chosen = new Map();
  let asked = 0; // the last Remove pressed: answers to earlier ones, or after a Reset, are dropped

  function renderChoice() {
    $('whatif-selection').replaceChildren(...[...chosen].map(([id, name]) => el('li', { 'data-node': id },
      `${name} `,
      el('button', { type: 'button', class: 'link', 'aria-label': t('map.whatIf.keepLabel', { name }), onclick: () => { chosen.delete(id); renderChoice(); } }, t('map.whatIf.keep')))));
    $('whatif-remove').disabled = chosen.size === 0;
    $('whatif-hint').hidden = chosen.size > 0;
  }

  function mark(answer, removed) {
    const isolated = answer.isolated.map((i) => i.id);
    const gapActors = [...new Set(answer.newGaps.flatMap((gap) => gap.institutions.map((i) => i.id)))];
    cy.batch(() => {
      for (const id of removed) {
        const node = cy.getElementById(id);
        node.addClass('removed');
        node.connectedEdges().addClass('lost');
      }
      for (const id of isolated) cy.getElementById(id).addClass('isolated');
      for (const id of gapActors) cy.getElementById(id).addClass('highlighted');
    });
    $('map').dataset.whatif = JSON.stringify({ removed, isolated, gapActors });
  }

  async function remove() {
    const request = ++asked;
    const removed = [...chosen.keys()];
    const names = formatList([...chosen.values()]);
    const result = $('whatif-result');
    result.hidden = false;
    result.replaceChildren(el('p', { class: 'muted' }, t('map.whatIf.working')));
    try {
      const { whatIf: answer } = await graphql(whatIfQuery, { remove: removed, asOf: asOf() });
      if (request !== asked) return;
      clear();
      setOverlay(() => mark(answer, removed));
      result.replaceChildren(
        el('p', {}, el('strong', {}, `${t('map.whatIf.without', { names })} `),
          t('map.whatIf.summary', { pairs: formatNumber(answer.lostPairs), before: formatNumber(answer.componentsBefore), after: formatNumber(answer.componentsAfter) })),
        answer.isolated.length
          ? el('p', {}, t('map.whatIf.isolated', { actors: actorsWithLevels(answer.isolated) }))
          : el('p', { class: 'muted' }, t('map.whatIf.noIsolated')),
        answer.newGaps.length
          ? el('div', {}, el('p', {}, t('map.whatIf.newGaps')), el('ul', { id: 'whatif-gaps' }, answer.newGaps.map((gap) => el('li', {}, gapSummary(gap)))))
          : el('p', { class: 'muted' }, t('map.whatIf.noNewGap')),
        answer.cutPathways.length
          ? el('div', {}, el('p', {}, t('map.whatIf.cut')), el('ul', {}, answer.cutPathways.map((path) => el('li', {},
            path.hops.map((hop) => hop.from.name).concat(path.hops.at(-1).to.name).join(' → ')))))
          : el('p', { class: 'muted' }, t('map.whatIf.noCut')),
      );
    } catch (error) {
      if (request === asked) result.replaceChildren(el('p', { class: 'error' }, explain(error)));
    }
  }

  function reset() {
    asked++;
    chosen.clear();
    renderChoice();
    clear(); // the map's highlight, which takes the what-if marks off too
    delete $('map').dataset.whatif;
    $('whatif-result').hidden = true;
    $('whatif-result').replaceChildren();
  }

  $('whatif-remove').addEventListener('click', remove);
  $('whatif-reset').addEventListener('click', reset);
  renderChoice();

  /** A button for the side panel of an institution or a network: adds it to the actors to remove. */
  return (node) => el('p', {}, el('button', {
    type: 'button',
    id: 'panel-whatif',
    disabled: chosen.has(node.id) || chosen.size >= maxRemoved,
    onclick: (event) => {
      chosen.set(node.id, node.name);
      renderChoice();
      event.currentTarget.disabled = true;
    },
  }, t(chosen.has(node.id) ? 'map.whatIf.added' : 'map.whatIf.add')));
}
