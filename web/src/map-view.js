// The map itself: cytoscape with the map's style, and the two layouts (force-directed, and bands by level).
import { t, formatNumber } from './i18n.js';
import { $, level } from './map-shared.js';

/** The map, once created: the layouts, the side panel and the overlays work on it. */
export let cy = null;

/** The map in its container. */
export function createMap(container) {
  cy = cytoscape({
    container,
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
  return cy;
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

/** Lays the drawn map out as the layout control says: bands by level, or force-directed. */
export function runLayout() {
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
