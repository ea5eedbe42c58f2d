// Drives the workbench in a real Chromium and prints what it saw as one JSON document on stdout.
// Usage: node web/tests/workbench.mjs <baseUrl> <screenshotDir>
// Tokens come from the environment: NETWORKGRAPH_READER_TOKEN, NETWORKGRAPH_NGO_TOKEN, NETWORKGRAPH_COORDINATOR_TOKEN.
// The assertions live in the xunit tests, which compare this output with the API's own answers.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [baseUrl, screenshotDir] = process.argv.slice(2);
if (!baseUrl || !screenshotDir) {
  console.error('Usage: node workbench.mjs <baseUrl> <screenshotDir>');
  process.exit(2);
}
mkdirSync(screenshotDir, { recursive: true });
const readerToken = process.env.NETWORKGRAPH_READER_TOKEN ?? '';
const ngoToken = process.env.NETWORKGRAPH_NGO_TOKEN ?? '';
const coordinatorToken = process.env.NETWORKGRAPH_COORDINATOR_TOKEN ?? '';
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const timeout = 30_000;
/** How long a pushed change may take to show: the service sends it as soon as the change commits. */
const liveTimeout = 5_000;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// English, whatever the machine's locale: these scenarios compare the pages' English words.
const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
context.setDefaultTimeout(timeout);
const problems = [];
const output = { problems, screenshots: [] };
/** The graphql-transport-ws messages each page sent, to know when it asked for a subscription and with which token. */
const sentMessages = new WeakMap();

async function shot(page, name, fullPage = false) {
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  output.screenshots.push(path);
}

async function openPage(path) {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`${path}: console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${path}: ${response.status()} from ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  const sent = [];
  sentMessages.set(page, sent);
  page.on('websocket', (socket) => socket.on('framesent', (frame) => sent.push(JSON.parse(String(frame.payload)))));
  await page.goto(new URL(path, baseUrl).href);
  return page;
}

/** Form controls without an accessible label, by id or name. */
const unlabelled = (page) => page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button')]
  .filter((control) => control.offsetParent !== null)
  .filter((control) => !(control.labels?.length || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby')
    || (control.tagName === 'BUTTON' && control.textContent.trim())))
  .map((control) => control.id || control.name || control.outerHTML.slice(0, 60)));

/** Waits for a drawing after the given one (the page counts them) and says what is drawn. */
async function mapReady(page, after = 0) {
  await page.waitForFunction((previous) => Number(document.getElementById('map-status').dataset.generation ?? 0) > previous, after);
  return page.evaluate(() => {
    const status = document.getElementById('map-status');
    return {
      state: status.dataset.state,
      text: status.textContent,
      institutions: window.networkMap.cy.nodes('.institution').length,
      networks: window.networkMap.cy.nodes('.network').length,
      matching: Number(status.dataset.matching),
      generation: Number(status.dataset.generation),
    };
  });
}

/** Runs a document against the API as a client other than the browser would; the data, or an error naming the errors. */
async function api(query, variables, bearer) {
  const response = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Waits until the page asked the service to subscribe to `field` over its WebSocket, and a moment more: the service
 * opens the stream just after the message, and a change committed before that is not sent (no cursor is given).
 */
async function subscribedTo(page, field) {
  const asked = () => sentMessages.get(page).some((message) => message.type === 'subscribe' && message.payload.query.includes(field));
  for (const start = Date.now(); !asked(); await page.waitForTimeout(100)) {
    if (Date.now() - start > liveTimeout) throw new Error(`The page did not subscribe to ${field}.`);
  }
  await page.waitForTimeout(1_000);
}

/** The GraphQL requests the page made over HTTP from now on, to tell a pushed change from a reload. */
function graphqlRequests(page) {
  const documents = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') documents.push(request.postDataJSON()?.query ?? '');
  });
  return documents;
}

/** The item the NGO scenario submitted: the live scenarios move it along its lifecycle, one step each. */
function acceptedItem() {
  const item = output.ngo?.accepted?.item;
  if (!item) throw new Error('The ngo scenario submitted no item to follow.');
  return item;
}

async function scenario(name, run) {
  try {
    output[name] = await run();
  } catch (error) {
    output[name] = { error: String(error?.stack ?? error) };
  }
}

/** The Import page's table of changes: { label: [created, updated] }. */
const importChanges = (page) => page.locator('#changes-body tr').evaluateAll((rows) => Object.fromEntries(rows
  .filter((row) => row.querySelector('th'))
  .map((row) => [row.querySelector('th').textContent, [...row.querySelectorAll('td')].map((cell) => Number(cell.textContent))])));

// First, so that every later scenario, and the API the tests ask afterwards, sees the same graph.
await scenario('import', async () => {
  const page = await openPage('/import');
  await page.locator('#token').fill(coordinatorToken);
  await page.locator('#token-form button').click();
  const example = join(repositoryRoot, 'examples', 'riverton');
  await page.locator('#elements').setInputFiles(join(example, 'elements.csv'));
  await page.locator('#connections').setInputFiles(join(example, 'connections.csv'));
  await page.locator('#import-form button[type="submit"]').click();
  await page.locator('#confirm').waitFor({ state: 'visible' });
  const checked = await importChanges(page);
  const checkedStatus = await page.locator('#import-status').textContent();
  await shot(page, 'import-checked', true);
  const unlabelledControls = await unlabelled(page);
  await page.locator('#confirm').click();
  await page.waitForFunction(() => document.getElementById('import-status').textContent.startsWith('Imported'));
  return {
    checked,
    checkedStatus,
    imported: await importChanges(page),
    importedStatus: await page.locator('#import-status').textContent(),
    confirmHidden: await page.locator('#confirm').isHidden(),
    unlabelled: unlabelledControls,
  };
});

await scenario('ide', async () => {
  const page = await openPage('/graphql');
  await page.waitForSelector('.graphiql-container');
  await page.locator('.graphiql-tab-button', { hasText: 'InstitutionMemberships' }).click();
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(() => document.querySelector('.result-window .CodeMirror')?.CodeMirror.getValue().includes('"data"'));
  const result = await page.evaluate(() => document.querySelector('.result-window .CodeMirror').CodeMirror.getValue());
  const query = await page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue());
  const tabs = await page.locator('.graphiql-tab').allTextContents();
  const headersEditor = await page.locator('.graphiql-editor-tools button', { hasText: 'Headers' }).count();
  await shot(page, 'ide');
  return { tabs, query, result: JSON.parse(result), headersEditor, unlabelled: await unlabelled(page) };
});

await scenario('map', async () => {
  const page = await openPage('/');
  const all = await mapReady(page);
  await shot(page, 'map');
  await page.getByLabel('Municipal', { exact: true }).check();
  const municipal = await mapReady(page, all.generation);
  await shot(page, 'map-municipal');
  const dashboard = await page.locator('#dashboard .figure').allTextContents();
  return { all, municipal, filter: { levels: ['MUNICIPAL'] }, dashboard, unlabelled: await unlabelled(page) };
});

await scenario('panel', async () => {
  const page = await openPage('/');
  await mapReady(page);
  const position = await page.evaluate(() => {
    const node = window.networkMap.cy.getElementById('harreragune');
    const box = document.getElementById('map').getBoundingClientRect();
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  });
  await page.mouse.click(position.x, position.y);
  await page.waitForFunction(() => {
    const title = document.getElementById('panel-title').textContent;
    return title && title !== 'Loading…';
  });
  const clicked = {
    title: await page.locator('#panel-title').textContent(),
    sections: await page.locator('#panel-body h3').allTextContents(),
  };
  await shot(page, 'panel');
  await page.locator('#panel-close').click();

  // The keyboard way: search, Tab to the first result, Enter.
  await page.locator('#search').fill('penascal');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#search-results button');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.dataset.node ?? null);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.getElementById('panel').dataset.node === id
    && document.getElementById('panel-title').textContent !== 'Loading…', focused);
  const keyboard = {
    focused,
    title: await page.locator('#panel-title').textContent(),
    focusInPanel: await page.evaluate(() => document.getElementById('panel').contains(document.activeElement)),
  };
  await shot(page, 'panel-keyboard');

  // Found by its Spanish name on an English page; the panel lists its names, official or a translation.
  await page.locator('#search').fill('diputacion foral');
  await page.keyboard.press('Enter');
  const first = page.locator('#search-results button').first();
  const foundBySpanish = await first.getAttribute('data-node');
  await first.click();
  await page.waitForFunction((id) => document.getElementById('panel').dataset.node === id
    && document.querySelector('#panel-body .names'), foundBySpanish);
  const names = await page.locator('#panel-body .names li').evaluateAll((items) =>
    items.map((li) => ({ text: li.querySelector('span').textContent, lang: li.querySelector('span').lang, official: li.dataset.official === 'true', line: li.textContent })));
  await shot(page, 'panel-names');
  return { clicked, keyboard, foundBySpanish, names };
});

await scenario('gaps', async () => {
  const page = await openPage('/');
  await mapReady(page);
  await page.getByLabel('Coverage gaps').check();
  await page.waitForSelector('#gaps button');
  // The first gap that names actors.
  const buttons = page.locator('#gaps button');
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    await buttons.nth(i).click();
    const highlighted = await page.evaluate(() => window.networkMap.cy.nodes('.highlighted').map((node) => node.id()));
    if (highlighted.length) {
      const button = buttons.nth(i);
      await shot(page, 'gaps');
      return {
        theme: await button.getAttribute('data-theme'),
        kind: await button.getAttribute('data-kind'),
        levels: (await button.getAttribute('data-levels')).split(' '),
        highlighted,
        detail: await page.locator('#gap-detail').textContent(),
      };
    }
  }
  return { highlighted: [] };
});

await scenario('trace', async () => {
  const page = await openPage('/');
  await mapReady(page);
  await page.locator('#token').fill(readerToken);
  await page.locator('#token-form button').click();
  await page.waitForFunction(() => document.querySelectorAll('#trace-item option').length > 1);
  const item = process.env.NETWORKGRAPH_TRACE_ITEM ?? await page.locator('#trace-item option').nth(1).getAttribute('value');
  await page.locator('#trace-item').selectOption(item);
  await page.locator('#show-trace').click();
  await page.waitForSelector('#trace-view .trace-steps li');
  const result = {
    item,
    steps: await page.locator('#trace-view .trace-steps li').count(),
    illustrativeLabel: await page.locator('#trace-view .illustrative-badge').count(),
    highlighted: await page.evaluate(() => window.networkMap.cy.nodes('.highlighted').map((node) => node.id())),
    traceEdges: await page.evaluate(() => window.networkMap.cy.edges('.trace').length),
  };
  await shot(page, 'trace');
  return result;
});

await scenario('whatIf', async () => {
  const page = await openPage('/');
  await mapReady(page);
  // SMUS from the panel, as a planner would: search, open, add, remove.
  await page.locator('#search').fill('smus');
  await page.keyboard.press('Enter');
  await page.locator('#search-results button[data-node="smus"]').click();
  await page.waitForSelector('#panel-roles');
  const roles = await page.locator('#panel-roles li').evaluateAll((items) => Object.fromEntries(items.map((li) => [li.dataset.role, li.textContent])));
  await page.locator('#panel-whatif').click();
  await page.locator('#whatif-remove').click();
  await page.waitForFunction(() => document.getElementById('map').dataset.whatif);
  const marked = await page.evaluate(() => ({
    ...JSON.parse(document.getElementById('map').dataset.whatif),
    removedOnMap: window.networkMap.cy.nodes('.removed').map((node) => node.id()),
    isolatedOnMap: window.networkMap.cy.nodes('.isolated').map((node) => node.id()),
    lostEdges: window.networkMap.cy.edges('.lost').length,
    smusEdges: window.networkMap.cy.getElementById('smus').connectedEdges().length,
  }));
  const text = await page.locator('#whatif-result').textContent();
  await shot(page, 'what-if');
  await page.locator('#whatif-reset').click();
  const afterReset = await page.evaluate(() => ({
    marked: window.networkMap.cy.elements('.removed, .lost, .isolated').length,
    chosen: document.querySelectorAll('#whatif-selection li').length,
  }));
  return { roles, marked, text, afterReset, unlabelled: await unlabelled(page) };
});

await scenario('levels', async () => {
  // A bookmarked view: the levels layout with the municipal and regional filters, from the address bar.
  const page = await openPage('/?layout=levels&level=MUNICIPAL&level=REGIONAL');
  const drawn = await mapReady(page);
  const bands = await page.evaluate(() => {
    const cy = window.networkMap.cy;
    const y = (node) => node.position('y');
    const byLevel = {};
    for (const node of cy.nodes('.institution')) (byLevel[node.data('level')] ??= []).push(y(node));
    return {
      layout: document.getElementById('layout').value,
      labels: cy.nodes('.band').map((node) => node.data('label')),
      rows: Object.fromEntries(Object.entries(byLevel).map(([level, ys]) => [level, [...new Set(ys)]])),
      bandY: Object.fromEntries(cy.nodes('.band').map((node) => [node.id().slice(5), y(node)])),
      checked: [...document.querySelectorAll('#level-filter input:checked')].map((input) => input.value),
    };
  });
  await shot(page, 'levels');
  await page.locator('#layout').selectOption('force');
  const url = await page.evaluate(() => window.location.search);
  const bandsAfter = await page.evaluate(() => window.networkMap.cy.nodes('.band').length);
  return { drawn, ...bands, url, bandsAfter };
});

await scenario('asOf', async () => {
  // A bookmarked day before the Forum on Migration and Asylum was created, then back to today with the button.
  const page = await openPage('/?asOf=2023-05-08');
  const before = await mapReady(page);
  const forumLink = 'm:basque-government:basque-forum-on-migration-and-asylum';
  const then = await page.evaluate((edge) => ({
    label: document.getElementById('as-of-date').textContent,
    stops: Number(document.getElementById('as-of').max) + 1,
    forumLinked: window.networkMap.cy.getElementById(edge).length > 0,
    url: window.location.search,
  }), forumLink);
  await shot(page, 'as-of');
  await page.locator('#as-of-today').click();
  await mapReady(page, before.generation);
  const now = await page.evaluate((edge) => ({
    label: document.getElementById('as-of-date').textContent,
    forumLinked: window.networkMap.cy.getElementById(edge).length > 0,
    url: window.location.search,
  }), forumLink);
  return { status: before.text, then, now, unlabelled: await unlabelled(page) };
});

await scenario('exports', async () => {
  const page = await openPage('/');
  const all = await mapReady(page);
  await page.locator('#token').fill(readerToken);
  await page.locator('#token-form button').click();
  await page.getByLabel('Municipal', { exact: true }).check();
  await mapReady(page, all.generation);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="graph.cyjs"]').click()]);
  const text = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(text).elements;
  // Cytoscape refuses an edge whose end is missing, so loading every element proves the file is whole.
  const loaded = await page.evaluate((json) => {
    const cy = cytoscape({ headless: true, elements: JSON.parse(json).elements });
    return { nodes: cy.nodes().length, edges: cy.edges().length, institutions: cy.nodes('[type = "Institution"]').length };
  }, text);
  await page.waitForFunction(() => document.getElementById('download-status').textContent.includes('downloaded'));
  return {
    fileName: download.suggestedFilename(),
    status: await page.locator('#download-status').textContent(),
    file: { nodes: file.nodes.length, edges: file.edges.length },
    loaded,
  };
});

await scenario('ngo', async () => {
  const page = await openPage('/ngo');
  await page.locator('#token').fill(ngoToken);
  await page.locator('#token-form button').click();
  await page.waitForFunction(() => document.querySelectorAll('#theme option').length > 1);
  await page.locator('#title').fill(process.env.NETWORKGRAPH_REJECTED_TITLE ?? 'A client turned away');
  await page.locator('#description').fill('The client with DNI 12345678Z was turned away at the registry.');
  await page.locator('#theme').selectOption('reception');
  await page.locator('#submit').click();
  await page.waitForSelector('#submit-result .rejection, #submit-result .success, #submit-result .error');
  const rejection = {
    code: await page.locator('#submit-result .rejection').getAttribute('data-code').catch(() => null),
    text: await page.locator('#submit-result').textContent(),
  };
  await shot(page, 'ngo-rejected', true);

  await page.locator('#description').fill('People wait months for a registration appointment, which delays access to services.');
  await page.locator('#title').fill(process.env.NETWORKGRAPH_ACCEPTED_TITLE ?? 'Waiting times for registration');
  await page.locator('#submit').click();
  await page.waitForSelector('#submit-result .success, #submit-result .error');
  await page.waitForSelector('#item-trace .trace-steps li');
  const accepted = {
    item: await page.locator('#submit-result .success').getAttribute('data-item').catch(() => null),
    text: await page.locator('#submit-result').textContent(),
    trace: await page.locator('#item-trace').textContent(),
  };
  await shot(page, 'ngo-submitted', true);
  return { rejection, accepted, unlabelled: await unlabelled(page) };
});

await scenario('compare', async () => {
  const page = await openPage('/compare');
  await page.waitForSelector('#comparison:not([hidden]) tbody tr');
  const territories = await page.locator('#comparison td[data-territory]').evaluateAll((cells) => [...new Set(cells.map((cell) => cell.dataset.territory))]);
  const institutions = await page.locator('#comparison tbody tr').first().locator('td').allTextContents();
  await shot(page, 'compare', true);
  const unlabelledControls = await unlabelled(page);
  // Each figure opens the map filtered to its territory.
  await page.locator('#comparison tbody tr').first().locator('td a').first().click();
  await page.waitForURL(/\/\?territory=/);
  const map = await mapReady(page);
  const territoryFilter = await page.locator('#territory-filter').inputValue();
  await shot(page, 'compare-map');
  return { territories, institutions: institutions.map((text) => Number(text.trim())), map, territoryFilter, unlabelled: unlabelledControls };
});

// Live updates. Each scenario opens a page that follows a subscription, then a coordinator moves the NGO's item
// one step with a request of its own (triaged, discussed, declined), and the page shows it without a reload.
await scenario('liveNgo', async () => {
  const item = acceptedItem();
  const page = await openPage('/ngo');
  await page.locator('#token').fill(ngoToken);
  await page.locator('#token-form button').click();
  const state = page.locator(`#items li[data-item="${item}"] .item-state`);
  await state.waitFor();
  await subscribedTo(page, 'feedbackChanged');
  const before = await state.textContent();
  const requests = graphqlRequests(page);
  await api('mutation($id: ID!) { triageFeedback(input: { id: $id }) { status } }', { id: item }, coordinatorToken);
  await page.waitForFunction((id) => document.querySelector(`#items li[data-item="${id}"] .item-state`).textContent.includes('triaged'),
    item, { timeout: liveTimeout });
  await page.waitForFunction(() => document.getElementById('items-news').textContent, null, { timeout: liveTimeout });
  await shot(page, 'live-ngo', true);
  return {
    item,
    before,
    after: await state.textContent(),
    announced: await page.locator('#items-news').textContent(),
    indicator: await page.locator('#items-live').textContent(),
    reloads: requests.filter((query) => query.includes('feedbackItems')).length,
  };
});

await scenario('liveMap', async () => {
  const item = acceptedItem();
  const page = await openPage('/');
  await page.locator('#dashboard .funnel li').first().waitFor();
  await subscribedTo(page, 'dashboardChanged');
  const funnel = () => page.locator('#dashboard .funnel li').evaluateAll((rows) => Object.fromEntries(rows.map((row) =>
    [row.querySelector('.name').textContent, Number(row.querySelector('.value').textContent)])));
  const before = await funnel();
  const requests = graphqlRequests(page);
  const { meetings } = await api('{ meetings(first: 1) { nodes { id } } }', {}, coordinatorToken);
  await api('mutation($id: ID!, $meeting: ID!) { recordDiscussion(input: { id: $id, meetingId: $meeting }) { status } }',
    { id: item, meeting: meetings.nodes[0].id }, coordinatorToken);
  await page.waitForFunction((triaged) => [...document.querySelectorAll('#dashboard .funnel li')]
    .some((row) => row.querySelector('.name').textContent === 'Triaged' && Number(row.querySelector('.value').textContent) !== triaged),
  before.Triaged, { timeout: liveTimeout });
  await shot(page, 'live-map');
  return {
    before,
    after: await funnel(),
    indicator: await page.locator('#dashboard-live').textContent(),
    reloads: requests.filter((query) => query.includes('dashboard')).length,
  };
});

await scenario('liveIde', async () => {
  const item = acceptedItem();
  const page = await openPage('/graphql');
  await page.waitForSelector('.graphiql-container textarea[aria-label="Headers"]');
  // The WebSocket must act for the token of the headers editor, as an HTTP request would.
  await page.evaluate((authorization) => {
    document.querySelector('textarea[aria-label="Headers"]').closest('.CodeMirror').CodeMirror.setValue(JSON.stringify({ Authorization: authorization }));
    document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('subscription { graphChanged { operation } }');
  }, `Bearer ${readerToken}`);
  await page.locator('.graphiql-execute-button').click();
  await subscribedTo(page, 'graphChanged');
  await api('mutation($id: ID!) { declineFeedback(input: { id: $id, reason: "Handled by another network." }) { status } }', { id: item }, coordinatorToken);
  await page.waitForFunction(() => document.querySelector('.result-window .CodeMirror')?.CodeMirror.getValue().includes('"graphChanged"'),
    null, { timeout: liveTimeout });
  const result = await page.evaluate(() => document.querySelector('.result-window .CodeMirror').CodeMirror.getValue());
  await shot(page, 'live-ide');
  // The execute button stops a running subscription.
  await page.locator('.graphiql-execute-button').click();
  const init = sentMessages.get(page).find((message) => message.type === 'connection_init');
  return { result: JSON.parse(result), tokenSent: init?.payload?.Authorization === `Bearer ${readerToken}` };
});

await browser.close();
process.stdout.write(`${JSON.stringify(output)}\n`);
