// What the map's modules share: the page's elements by id, the words for a level, kind or status, and the colours
// and shapes the map and its legend draw institutions with.
import { el } from './api.js';
import { t, lower } from './i18n.js';

export const $ = (id) => document.getElementById(id);
export const level = (value) => t(`common.level.${value}`);
export const kind = (value) => t(`common.kind.${value}`);
export const status = (value) => t(`common.status.${value}`);

export const levelColours = {
  MUNICIPAL: '#0b5fa5',
  PROVINCIAL: '#00795c',
  REGIONAL: '#b34700',
  NATIONAL: '#a3316f',
  EUROPEAN: '#5b3a99',
  INTERNATIONAL: '#6b5a1e',
};

export const kindShapes = {
  PUBLIC_AUTHORITY: ['rectangle', '■'],
  PUBLIC_SERVICE: ['round-rectangle', '▢'],
  NGO: ['ellipse', '●'],
  DIASPORA_ASSOCIATION: ['triangle', '▲'],
  ACADEMIA: ['pentagon', '⬟'],
  SOCIAL_ENTERPRISE: ['hexagon', '⬢'],
  INTERNATIONAL_ORGANISATION: ['star', '★'],
  PRIVATE_SECTOR: ['diamond', '◆'],
};

/** A node's label on the map: its acronym or name, marked when it is illustrative. */
export function label(node) {
  const name = node.acronym || node.name;
  return node.illustrative ? t('map.illustrativeLabel', { name }) : name;
}

/** A coverage gap as a list shows it: its severity as a badge, then its theme, levels and kind. */
export const gapSummary = (gap) => [
  el('span', { class: `badge severity-${gap.severity.toLowerCase()}` }, t(`common.severity.${gap.severity}`)),
  ` ${gap.theme.name} · ${gap.levels.map((l) => lower(level(l))).join(' → ')} · ${lower(t(`common.gapKind.${gap.kind}`))}`,
];

/** Institutions as a sentence names them, each with its level: "Lanbide (regional), SMUS (municipal)". */
export const actorsWithLevels = (institutions) => institutions.map((i) => `${i.name} (${lower(level(i.level))})`).join(', ');
