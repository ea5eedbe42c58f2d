// Downloads of /export/ for the map's current filter: fetched with the page's token and saved as a file.
import { token, languageHeaders } from './api.js';
import { t } from './i18n.js';

/** The map's filter names that the export names otherwise: the territory scope is `actingOn` in GraphQL. */
const parameterNames = { actingOn: 'territory' };

/** The export's address with the filter as query parameters. */
export function exportUrl(file, where) {
  const query = new URLSearchParams();
  for (const [name, values] of Object.entries(where)) {
    for (const value of values) query.append(parameterNames[name] ?? name, value);
  }
  const text = query.toString();
  return `/export/${file}${text ? `?${text}` : ''}`;
}

async function download(file, where) {
  const bearer = token.get();
  if (!bearer) throw new Error(t('map.download.needToken'));
  const response = await fetch(exportUrl(file, where), { headers: { Authorization: `Bearer ${bearer}`, ...languageHeaders() } });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new Error(problem?.detail ?? t('common.error.status', { status: response.status }));
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or the browser may find the file gone.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/** Wires every button with data-export="FILE" to download that file for currentFilter(). */
export function wireDownloads(currentFilter, status) {
  for (const button of document.querySelectorAll('[data-export]')) {
    button.addEventListener('click', async () => {
      status.textContent = t('map.download.preparing', { file: button.dataset.export });
      try {
        await download(button.dataset.export, currentFilter());
        status.textContent = t('map.download.done', { file: button.dataset.export });
      } catch (error) {
        status.textContent = error.message;
      }
    });
  }
}
