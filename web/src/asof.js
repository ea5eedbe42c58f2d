// The map as it was on a date: a slider over the days on which a dated link started or stopped, with today among them.
// The chosen date goes to every graph question and relation the map asks for (asOf) and into the address; today, the
// default, is left out of both, so the service counts it as today.
import { graphql, explain } from './api.js';
import { t, tn } from './i18n.js';

const $ = (id) => document.getElementById(id);

/** Today as the service counts it: the UTC date. */
const today = () => new Date().toISOString().slice(0, 10);

const dayBefore = (day) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
};

const isDate = (text) => /^\d{4}-\d{2}-\d{2}$/.test(text ?? '') && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

let stops = [today()];

/** The date the map answers for, or null for today. */
export function asOf() {
  const day = stops[Number($('as-of').value)];
  return day && day !== today() ? day : null;
}

function show() {
  const day = asOf();
  // The day stays in ISO form, as in the address: one spelling of a day in every language.
  $('as-of-date').textContent = day ?? t('map.asOf.todayIs', { day: today() });
  $('as-of').setAttribute('aria-valuetext', day ?? t('map.asOf.today'));
  $('as-of-today').disabled = day === null;
}

/**
 * Loads the slider's days: the day before the first change (the network before any dated link), every day a dated
 * link started or stopped, and today; `wanted` (from the address) is chosen, and added when it is none of them.
 */
export async function loadAsOf(wanted) {
  const slider = $('as-of');
  try {
    const { changes } = await graphql('query Days { changes(from: "1900-01-01", to: "2999-12-31") { on } }');
    const days = new Set(changes.map((change) => change.on));
    if (days.size) days.add(dayBefore([...days].sort()[0]));
    days.add(today());
    if (isDate(wanted)) days.add(wanted);
    stops = [...days].sort();
    $('as-of-hint').textContent = changes.length ? tn('map.asOf.changes', changes.length) : t('map.asOf.noChanges');
  } catch (error) {
    stops = [today()];
    $('as-of-hint').textContent = t('map.asOf.failed', { reason: explain(error) });
  }
  slider.max = String(stops.length - 1);
  slider.disabled = stops.length < 2;
  slider.value = String(stops.indexOf(isDate(wanted) ? wanted : today()));
  show();
}

/** Calls `changed` when the planner settles on another day (while sliding, only the label follows). */
export function wireAsOf(changed) {
  $('as-of').addEventListener('input', show);
  $('as-of').addEventListener('change', () => {
    show();
    changed();
  });
  $('as-of-today').addEventListener('click', () => {
    $('as-of').value = String(stops.indexOf(today()));
    show();
    changed();
  });
}
