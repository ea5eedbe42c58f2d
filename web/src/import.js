// The Import page: a coordinator's spreadsheet checked by a dry run of POST /import, shown as a table, then confirmed.
import { token, el, languageHeaders } from './api.js';
import { t, tn, formatNumber } from './i18n.js';

const $ = (id) => document.getElementById(id);

/** The files picked: the workbook alone, or the two CSV sheets; null with a sentence saying what is missing. */
function pickedFiles() {
  const workbook = $('workbook').files[0];
  const elements = $('elements').files[0];
  const connections = $('connections').files[0];
  if (workbook && (elements || connections)) return { problem: t('import.pick.notBoth') };
  if (workbook) return { parts: { workbook } };
  if (elements && connections) return { parts: { elements, connections } };
  if (elements || connections) return { problem: t(elements ? 'import.pick.connectionsToo' : 'import.pick.elementsToo') };
  return { problem: t('import.pick.none') };
}

/** Sends the files; resolves to { status, report } for a report (200 or 422), rejects with a readable Error otherwise. */
async function send(parts, dryRun) {
  const bearer = token.get();
  if (!bearer) throw new Error(t('import.needToken'));
  const body = new FormData();
  for (const [name, file] of Object.entries(parts)) body.append(name, file, file.name);
  let response;
  try {
    response = await fetch(`/import${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', headers: { Authorization: `Bearer ${bearer}`, ...languageHeaders() }, body });
  } catch {
    throw new Error(t('common.error.NETWORK'));
  }
  const answer = await response.json().catch(() => null);
  if (response.status === 200 || response.status === 422) return { status: response.status, report: answer };
  throw new Error([answer?.title, answer?.detail].filter(Boolean).join(' ') || t('common.error.status', { status: response.status }));
}

const total = (counts) => Object.values(counts).reduce((sum, n) => sum + n, 0);

function showReport({ report }, confirmed) {
  // Node labels (Institution) first, then relationship types (MEMBER_OF), each alphabetically.
  const isType = (name) => name === name.toUpperCase();
  const labels = [...new Set([...Object.keys(report.created), ...Object.keys(report.updated)])]
    .sort((a, b) => isType(a) - isType(b) || a.localeCompare(b));
  $('report-title').textContent = t(confirmed ? 'import.report.did' : 'import.report.would');
  $('changes-body').replaceChildren(...labels.map((label) =>
    el('tr', {}, el('th', { scope: 'row' }, label), el('td', {}, formatNumber(report.created[label] ?? 0)), el('td', {}, formatNumber(report.updated[label] ?? 0)))));
  if (!labels.length) $('changes-body').append(el('tr', {}, el('td', { colspan: '3', class: 'muted' }, t('import.report.nothing'))));
  $('unchanged').textContent = tn('import.report.unchanged', report.unchanged);
  $('problems-body').replaceChildren(...report.problems.map((problem) =>
    el('tr', {}, el('td', {}, problem.sheet ?? ''), el('td', {}, problem.row == null ? '' : String(problem.row)),
      el('td', {}, problem.column ?? ''), el('td', {}, problem.message))));
  $('problems-view').hidden = report.problems.length === 0;
  $('confirm').hidden = confirmed || report.problems.length > 0 || total(report.created) + total(report.updated) === 0;
  $('report').hidden = false;
}

let checked = null;

async function check(event) {
  event.preventDefault();
  checked = null;
  $('report').hidden = true;
  const { parts, problem } = pickedFiles();
  if (problem) {
    $('import-status').textContent = problem;
    return;
  }
  $('import-status').textContent = t('import.status.checking');
  try {
    const answer = await send(parts, true);
    showReport(answer, false);
    const { report } = answer;
    $('import-status').textContent = report.problems.length
      ? tn('import.status.problems', report.problems.length)
      : total(report.created) + total(report.updated) === 0
        ? t('import.status.nothingNew')
        : t('import.status.checked', { button: t('import.confirm') });
    if (!report.problems.length) checked = parts;
  } catch (error) {
    $('import-status').textContent = error.message;
  }
}

async function confirm() {
  if (!checked) return;
  $('confirm').disabled = true;
  $('import-status').textContent = t('import.status.importing');
  try {
    const answer = await send(checked, false);
    showReport(answer, answer.status === 200);
    $('import-status').textContent = t(answer.status === 200 ? 'import.status.imported' : 'import.status.changed');
    checked = null;
  } catch (error) {
    $('import-status').textContent = error.message;
  } finally {
    $('confirm').disabled = false;
  }
}

function showToken() {
  $('token-status').textContent = t(token.get() ? 'import.token.inUse' : 'common.token.none');
}

$('token').value = token.get();
$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  token.set($('token').value);
  showToken();
});
$('import-form').addEventListener('submit', check);
$('import-form').addEventListener('change', () => { checked = null; $('confirm').hidden = true; });
$('confirm').addEventListener('click', confirm);
showToken();
