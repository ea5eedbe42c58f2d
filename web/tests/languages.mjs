// Opens every workbench page in every language it offers, in a real Chromium, and prints what it saw as JSON.
// Usage: node web/tests/languages.mjs <baseUrl> <screenshotDir>   (NETWORKGRAPH_NGO_TOKEN for the refusal scenario)
// The assertions live in the xunit tests (LanguageBrowserTests).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [baseUrl, screenshotDir] = process.argv.slice(2);
if (!baseUrl || !screenshotDir) {
  console.error('Usage: node languages.mjs <baseUrl> <screenshotDir>');
  process.exit(2);
}
mkdirSync(screenshotDir, { recursive: true });
const catalogueDir = fileURLToPath(new URL('../src/i18n/', import.meta.url));
const english = JSON.parse(readFileSync(join(catalogueDir, 'en.json'), 'utf8'));
const pages = {
  map: { path: '/', languages: ['en', 'eu', 'es'], ready: '#map-status[data-state="ready"]' },
  ide: { path: '/graphql', languages: ['en', 'eu', 'es'], ready: '.graphiql-container' },
  compare: { path: '/compare', languages: ['en', 'eu', 'es'], ready: '#comparison:not([hidden]) tbody tr' },
  import: { path: '/import', languages: ['en', 'eu', 'es'], ready: '#token-status' },
  ngo: { path: '/ngo', languages: ['en', 'eu', 'es', 'fr', 'ar'], ready: '#theme option:nth-child(2)' },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const output = { pages: {}, screenshots: [] };

/** A fresh browser profile (nothing remembered) whose preferred language is English. */
async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  context.setDefaultTimeout(30_000);
  return context;
}

async function open(context, path) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} from ${new URL(response.url()).pathname}`);
  });
  await page.goto(new URL(path, baseUrl).href);
  return { page, problems };
}

/** What a reader sees: lang and dir, the picker, and any text or label that is a catalogue key or a {placeholder}. */
const seen = (page, keys) => page.evaluate((catalogueKeys) => {
  const known = new Set(catalogueKeys);
  const suspicious = (text) => {
    const trimmed = (text ?? '').trim();
    // A key anywhere in a text, also inside a sentence built around it.
    return trimmed && (known.has(trimmed) || /\{\w+\}/.test(trimmed) || /(^|[\s(«"'])(common|map|ide|compare|import|ngo)\.[a-z]\w*(\.\w+)*/.test(trimmed));
  };
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style, .CodeMirror')) continue;
    if (suspicious(node.textContent)) texts.push(node.textContent.trim());
  }
  for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
    for (const name of ['placeholder', 'aria-label', 'title']) if (suspicious(element.getAttribute(name))) texts.push(element.getAttribute(name));
  }
  if (suspicious(document.title)) texts.push(document.title);
  const picker = document.getElementById('language');
  const brand = document.querySelector('.brand').getBoundingClientRect();
  // Where the first label's words sit within its card: the text itself, not the label's box, which spans the card in
  // either direction.
  const firstLabel = document.querySelector('main label');
  const words = firstLabel ? document.createRange() : null;
  words?.selectNodeContents(firstLabel);
  const text = words?.getBoundingClientRect();
  const card = firstLabel?.closest('.card, form, section, main')?.getBoundingClientRect();
  return {
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    direction: getComputedStyle(document.body).direction,
    picker: picker ? { value: picker.value, label: picker.labels?.[0]?.textContent ?? '', options: [...picker.options].map((o) => o.textContent) } : null,
    untranslated: texts,
    brandRight: brand.left > innerWidth / 2,
    labelRight: text && card ? text.left - card.left > card.right - text.right : null,
    title: document.title,
  };
}, keys);

const keys = Object.keys(english);
for (const [name, { path, languages, ready }] of Object.entries(pages)) {
  output.pages[name] = {};
  for (const language of languages) {
    const context = await newContext();
    try {
      const { page, problems } = await open(context, `${path}?lang=${language}`);
      // The page's own words first (the catalogue loads before they are set), then what the page itself loads.
      await page.waitForSelector('html[data-language-ready]', { state: 'attached' });
      await page.waitForSelector(ready, { state: 'attached' });
      const result = { ...(await seen(page, keys)), problems };
      const shot = join(screenshotDir, `${name}-${language}.png`);
      await page.screenshot({ path: shot, fullPage: name !== 'map' && name !== 'ide' });
      output.screenshots.push(shot);
      output.pages[name][language] = result;
    } catch (error) {
      output.pages[name][language] = { error: String(error?.stack ?? error) };
    } finally {
      await context.close();
    }
  }
}

// Remembered: chosen once with ?lang=eu, the page opened again without it stays in Basque; the picker does the same.
{
  const context = await newContext();
  try {
    const first = await open(context, '/compare?lang=eu');
    await first.page.waitForSelector('#language');
    const again = await open(context, '/ngo');
    await again.page.waitForSelector('#language');
    const remembered = await again.page.evaluate(() => document.documentElement.lang);
    await again.page.locator('#title').fill('A draft kept across languages');
    await again.page.locator('#language').selectOption('es');
    await again.page.locator('#language-apply').click();
    await again.page.waitForURL(/lang=es/);
    await again.page.waitForSelector('#language');
    await again.page.waitForFunction(() => document.getElementById('theme').options.length > 1);
    const picked = await again.page.evaluate(() => ({ lang: document.documentElement.lang, search: location.search, draft: document.getElementById('title').value }));
    const third = await open(context, '/');
    await third.page.waitForSelector('#language');
    output.remembered = { afterAddress: remembered, picked, afterPicker: await third.page.evaluate(() => document.documentElement.lang) };
  } catch (error) {
    output.remembered = { error: String(error?.stack ?? error) };
  } finally {
    await context.close();
  }
}

// The firewall's refusal in Spanish, from extensions.personalData.
{
  const context = await newContext();
  try {
    const { page } = await open(context, '/ngo?lang=es');
    await page.locator('#token').fill(process.env.NETWORKGRAPH_NGO_TOKEN ?? '');
    await page.locator('#token-form button').click();
    await page.waitForFunction(() => document.querySelectorAll('#theme option').length > 1);
    await page.locator('#title').fill('Una persona rechazada');
    await page.locator('#description').fill('La persona con DNI 12345678Z fue rechazada en el registro.');
    await page.locator('#theme').selectOption({ index: 1 });
    await page.locator('#submit').click();
    await page.waitForSelector('#submit-result .rejection, #submit-result .error, #submit-result .success');
    output.refusal = {
      code: await page.locator('#submit-result .rejection').getAttribute('data-code').catch(() => null),
      text: await page.locator('#submit-result').textContent(),
    };
    const shot = join(screenshotDir, 'ngo-refusal-es.png');
    await page.screenshot({ path: shot, fullPage: true });
    output.screenshots.push(shot);
  } catch (error) {
    output.refusal = { error: String(error?.stack ?? error) };
  } finally {
    await context.close();
  }
}

await browser.close();
process.stdout.write(`${JSON.stringify(output)}\n`);
