// The page's language and its words. Each page declares the languages it offers on <html data-languages="...">;
// the words come from one catalogue per language (/i18n/<lang>.json), never from the code, so that a translator
// edits one file and a test can tell when a key is missing in any language.
//
// The language is, in this order: ?lang=xx in the address, the choice remembered in this browser, the browser's
// preferred languages (by primary subtag: es-ES is es), English.

const storageKey = 'networkgraph.lang';
const rightToLeft = new Set(['ar']);

/**
 * Each language named in itself, for the picker: the same on every page and in every language, so these are not
 * translations and live here rather than in five copies of every catalogue.
 */
const autonyms = { eu: 'Euskara', es: 'Español', en: 'English', fr: 'Français', ar: 'العربية' };

const offered = (document.documentElement.dataset.languages ?? 'en').split(/\s+/).filter(Boolean);

/** The language the address asks for (?lang=xx), if any. */
const requested = new URLSearchParams(location.search).get('lang');

function remembered() {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage may be blocked; the address and the browser still decide
  }
}

function choose() {
  const primary = (tag) => String(tag ?? '').toLowerCase().split('-')[0];
  const candidates = [requested, remembered(), ...(navigator.languages ?? [navigator.language])];
  return candidates.map(primary).find((tag) => offered.includes(tag)) ?? 'en';
}

/** The page's language: a primary subtag the page offers. */
export const lang = choose();

async function load(language) {
  try {
    const response = await fetch(`/i18n/${language}.json`);
    if (response.ok) return await response.json();
  } catch {
    // Shown as keys below, which the browser tests catch; the page still works.
  }
  return {};
}

const catalogue = await load(lang);

// In a right-to-left page a value set into a sentence (a Latin name, a number, a list of roles) is isolated (U+2068 ..
// U+2069), so its own direction cannot move the sentence's brackets and full stops around it.
const isolate = rightToLeft.has(lang) ? (value) => `\u2068${value}\u2069` : (value) => value;

/** The text of a key with {name} replaced by params.name; the key itself when the catalogue lacks it. */
export function t(key, params = {}) {
  const text = catalogue[key];
  if (typeof text !== 'string') return key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? isolate(String(params[name])) : whole));
}

const plurals = new Intl.PluralRules(lang);

/** A text that depends on a count: key.one, key.two, key.few … as the language's plural rules pick, else key.other. */
export function tn(key, count, params = {}) {
  const category = plurals.select(count);
  const chosen = typeof catalogue[`${key}.${category}`] === 'string' ? `${key}.${category}` : `${key}.other`;
  return t(chosen, { ...params, count: formatNumber(count) });
}

const numbers = new Intl.NumberFormat(lang);
const percents = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
const days = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });

const fixedDigits = new Map();
const withDigits = (digits) => fixedDigits.get(digits)
  ?? fixedDigits.set(digits, new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })).get(digits);
const lists = new Intl.ListFormat(lang, { type: 'conjunction' });

export const formatNumber = (value, digits) => (digits === undefined ? numbers : withDigits(digits)).format(value);
export const formatPercent = (share) => percents.format(share);
/** A day (an ISO date or date-time) in the page's language, as the service counts days: in UTC. */
export const formatDay = (iso) => days.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
/** A list of words joined as the language joins them ("a, b and c"). */
export const formatList = (items) => lists.format(items);

/** Translates the page's static text: data-i18n (text) and data-i18n-<attribute> (placeholder, aria-label, title). */
function translate() {
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const attribute of ['placeholder', 'aria-label', 'title']) {
    for (const element of document.querySelectorAll(`[data-i18n-${attribute}]`)) {
      element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`)));
    }
  }
}

/** The address of this page in another language: the same address with ?lang= set. */
function addressIn(language) {
  const url = new URL(location.href);
  url.searchParams.set('lang', language);
  return url.href;
}

/** What pages do before they reload in another language (keep what their reader typed), in the order registered. */
const leaving = [];
export const beforeLanguageChange = (callback) => leaving.push(callback);

/**
 * The picker in the top bar: each language named in itself, and a button that applies the choice (choosing with the
 * keyboard never reloads the page half-way); a choice is remembered and the page reloads in it.
 */
function picker() {
  const bar = document.querySelector('.topbar');
  if (!bar || offered.length < 2) return;
  const select = document.createElement('select');
  select.id = 'language';
  for (const language of offered) {
    const option = new Option(autonyms[language] ?? language, language, false, language === lang);
    option.lang = language;
    option.dir = rightToLeft.has(language) ? 'rtl' : 'ltr';
    select.append(option);
  }
  const label = document.createElement('label');
  label.htmlFor = 'language';
  label.textContent = t('common.language');
  const apply = document.createElement('button');
  apply.type = 'submit';
  apply.id = 'language-apply';
  apply.textContent = t('common.languageApply');
  const form = document.createElement('form');
  form.className = 'language-picker';
  form.append(label, select, apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value === lang) return;
    try {
      localStorage.setItem(storageKey, select.value);
    } catch {
      // Not remembered; the address still carries the choice.
    }
    for (const callback of leaving) callback();
    location.assign(addressIn(select.value));
  });
  bar.append(form);
}

document.documentElement.lang = lang;
document.documentElement.dir = rightToLeft.has(lang) ? 'rtl' : 'ltr';
// A language asked for in the address is the reader's choice: remembered like one made with the picker.
if (requested === lang) {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered.
  }
}
translate();
picker();
// Said once the page speaks its language (lang, dir, words, picker): what a test or a script waits for.
document.documentElement.dataset.languageReady = lang;

/** A word set in running text, lower-cased as the page's language does it ("Triaged" -> "triaged"). */
export const lower = (text) => text.toLocaleLowerCase(lang);

/** Whether the catalogue has a key: for codes the API may add before the catalogues name them. */
export const has = (key) => typeof catalogue[key] === 'string';

/**
 * A page's own address with these parameters, keeping the language the address asked for, so that a view written
 * into the address bar (and shared from it) opens in the same language.
 */
export function addressWith(params) {
  if (requested) params.set('lang', requested);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}
