// A node's names in other languages, for the map's side panel. An official name says where it is used; a translation
// made for convenience says that it is one, so it is never taken for an official name.
import { el } from './api.js';
import { lang, t } from './i18n.js';

/** The names fields every panel query asks for on labels that have names per language. */
export const namesFields = 'names { lang text official source { title url } }';

const languages = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([lang], { type: 'language' }) : null;

/** A language tag named in the page's language ("eu" is "Basque" in English, "euskara" in Basque). */
function languageName(tag) {
  try {
    return languages?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function sourceOf(name) {
  if (!name.source) return [];
  const title = name.source.url ? el('a', { href: name.source.url, rel: 'noopener noreferrer' }, name.source.title) : name.source.title;
  return [' (', title, ')'];
}

function nameItem(name) {
  const language = languageName(name.lang);
  const status = name.official
    ? [` — ${t('map.panel.officialName', { language })}`, ...sourceOf(name)]
    : [` — ${t('map.panel.translatedName', { language })}`];
  return el('li', { 'data-official': String(name.official) }, el('span', { lang: name.lang }, name.text), ...status);
}

/** The panel's section of names, or null when the node has none. */
export function namesSection(names) {
  if (!names?.length) return null;
  return el('section', { class: 'names' }, el('h3', {}, t('map.panel.names')), el('ul', {}, names.map(nameItem)));
}
