// The dashboard strip under the map, kept current by the dashboardChanged subscription.
import { graphql, explain, token, el } from './api.js';
import { t, formatNumber, formatPercent } from './i18n.js';
import { follow } from './live.js';
import { $, status } from './map-shared.js';

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

let stopFollowing = () => {};

/** Stops following the dashboard (the page is going away). */
export function stopDashboard() {
  stopFollowing();
}

/** Loads the dashboard, then keeps it current with dashboardChanged, for the token in use now. */
export async function showDashboard() {
  const loaded = await loadDashboard();
  // Calls overlap when a token is pasted while the page loads: the last to finish decides, with the current token.
  stopFollowing();
  stopFollowing = !loaded ? () => {} : follow(`subscription { dashboardChanged { ${dashboardFields} } }`, {
    bearer: token.get(),
    indicator: $('dashboard-live'),
    next: (data) => renderDashboard(data.dashboardChanged),
    reconnected: loadDashboard,
  });
}
