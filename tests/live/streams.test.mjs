// Live streams with the real clients (graphql-ws over ws, graphql-sse): events in commit order, each caller seeing
// exactly what a query of theirs could read, and resuming after a cursor or a Last-Event-ID without loss or duplicate.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import { graphql, serverSentEvents, sleep, startService, stopAll, submit, subscribeOverSse, token, triage } from './support.mjs';

const folder = mkdtempSync(join(tmpdir(), 'networkgraph-live-streams-'));
let service;
const coordinator = token('coordinator');
const arrupe = token('ngo', { org: 'arrupe-etxea' });
const caritas = token('ngo', { org: 'caritas-bizkaia' });

before(async () => { service = await startService(join(folder, 'graph.db')); });

after(async () => {
  await stopAll();
  rmSync(folder, { recursive: true, force: true });
});

const FEEDBACK = 'subscription($after: String) { feedbackChanged(after: $after) { cursor from to item { id status } } }';
const GRAPH = 'subscription($after: String) { graphChanged(after: $after) { cursor graphVersion operation nodeIds } }';

/** Collects a graphql-ws subscription's events until `count` arrived (or `ms` passed). */
function overWebSocket(bearer, query, variables = {}, language = undefined) {
  const client = createWsClient({
    url: service.socketUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
    connectionParams: { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...(language ? { 'Accept-Language': language } : {}) },
  });
  const events = [];
  const errors = [];
  const dispose = client.subscribe({ query, variables }, {
    next: (value) => events.push(value), error: (error) => errors.push(error), complete: () => {},
  });
  return {
    events, errors,
    async until(count, ms = 8_000) {
      const deadline = Date.now() + ms;
      while (events.length < count && errors.length === 0 && Date.now() < deadline) await sleep(25);
      return events;
    },
    async close() { dispose(); await client.dispose(); },
  };
}

describe('over a WebSocket (graphql-ws)', () => {
  test('feedback changes arrive in commit order, each with its transition', async () => {
    const watch = overWebSocket(coordinator, FEEDBACK);
    await sleep(500);
    const first = await submit(service, arrupe);
    const second = await submit(service, caritas);
    await triage(service, coordinator, first);
    const events = (await watch.until(3)).map((event) => event.data.feedbackChanged);
    await watch.close();
    assert.deepEqual(events.map((event) => [event.item.id, event.from, event.to]),
      [[first, null, 'SUBMITTED'], [second, null, 'SUBMITTED'], [first, 'SUBMITTED', 'TRIAGED']]);
    const cursors = events.map((event) => event.cursor);
    assert.equal(new Set(cursors).size, 3);
  });

  test('an NGO sees its own items only; an anonymous caller gets no feedback change at all', async () => {
    const own = overWebSocket(arrupe, FEEDBACK);
    const anonymous = overWebSocket(undefined, GRAPH);
    await sleep(500);
    await submit(service, caritas);
    const mine = await submit(service, arrupe);
    const created = await graphql(service,
      'mutation { createInstitution(input: { name: "Live test association", kind: NGO, level: MUNICIPAL, description: "A test." }) { id } }',
      { bearer: coordinator });
    await own.until(1);
    await anonymous.until(1);
    await sleep(800);
    await own.close();
    await anonymous.close();
    assert.deepEqual(own.events.map((event) => event.data.feedbackChanged.item.id), [mine]);
    // Who raised what, and when, is the audit trail's to tell (admins only): the submissions reach no anonymous caller.
    assert.deepEqual(anonymous.events.map((event) => event.data.graphChanged.operation), ['createInstitution']);
    assert.deepEqual(anonymous.events[0].data.graphChanged.nodeIds, [created.data.createInstitution.id]);
  });

  test('after a cursor, the missed changes come first, then live ones, with no gap and no duplicate', async () => {
    const watch = overWebSocket(coordinator, GRAPH);
    await sleep(500);
    await submit(service, arrupe);
    const [seen] = await watch.until(1);
    await watch.close();
    const missed = [await submit(service, arrupe), await submit(service, caritas)];
    const resumed = overWebSocket(coordinator, GRAPH, { after: seen.data.graphChanged.cursor });
    await resumed.until(2);
    const live = await submit(service, arrupe);
    const events = (await resumed.until(3)).map((event) => event.data.graphChanged);
    await resumed.close();
    assert.deepEqual(events.map((event) => event.nodeIds[0]), [...missed, live]);
    const versions = events.map((event) => event.graphVersion);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
    assert.equal(versions[0], seen.data.graphChanged.graphVersion + 1);
  });

  test('each connection gets names in the language of its connection_init, however many share the subscription', async () => {
    const NAMES = 'subscription { feedbackChanged { item { themes { name } } } }';
    const basque = overWebSocket(coordinator, NAMES, {}, 'eu');
    const spanish = overWebSocket(coordinator, NAMES, {}, 'es');
    const unsaid = overWebSocket(coordinator, NAMES);
    await sleep(500);
    await submit(service, arrupe);
    const names = async (watch) => {
      const [event] = await watch.until(1);
      await watch.close();
      return event?.data.feedbackChanged.item.themes.map((theme) => theme.name);
    };
    assert.deepEqual(await names(basque), ['Harrera eta lehen arreta']);
    assert.deepEqual(await names(spanish), ['Acogida y primera atención']);
    assert.deepEqual(await names(unsaid), ['Reception and first contact']);
  });
});

describe('over Server-Sent Events', () => {
  test('the graphql-sse client gets the events of a subscription', async () => {
    const client = createSseClient({ url: service.graphql, headers: { authorization: `Bearer ${coordinator}` }, retryAttempts: 0 });
    const events = [];
    const dispose = client.subscribe({ query: FEEDBACK }, { next: (value) => events.push(value), error: () => {}, complete: () => {} });
    await sleep(500);
    const id = await submit(service, arrupe);
    for (let i = 0; i < 200 && events.length === 0; i++) await sleep(25);
    dispose();
    client.dispose();
    assert.equal(events[0]?.data.feedbackChanged.item.id, id);
  });

  test('each event carries its cursor as id, and Last-Event-ID resumes after it', async () => {
    const controller = new AbortController();
    const response = await subscribeOverSse(service, GRAPH, { bearer: coordinator, signal: controller.signal });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/event-stream/);
    assert.equal(response.headers.get('x-accel-buffering'), 'no');
    await sleep(300);
    const first = await submit(service, arrupe);
    let seen;
    for await (const event of serverSentEvents(response)) {
      if (event.event === 'next') { seen = event; break; }
    }
    assert.equal(JSON.parse(seen.data).data.graphChanged.cursor, seen.id);
    assert.equal(JSON.parse(seen.data).data.graphChanged.nodeIds[0], first);

    const missed = await submit(service, caritas);
    const again = new AbortController();
    const resumed = await subscribeOverSse(service, GRAPH, { bearer: coordinator, lastEventId: seen.id, signal: again.signal });
    for await (const event of serverSentEvents(resumed)) {
      if (event.event === 'next') { seen = event; break; }
    }
    assert.equal(JSON.parse(seen.data).data.graphChanged.nodeIds[0], missed);
  });

  test('a forged Last-Event-ID is refused with BAD_USER_INPUT before the stream starts', async () => {
    const response = await subscribeOverSse(service, GRAPH, { bearer: coordinator, lastEventId: 'forged-cursor' });
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.equal(body.errors[0].extensions.code, 'BAD_USER_INPUT');
  });

  test('a query over SSE answers next then complete', async () => {
    const response = await subscribeOverSse(service, '{ institution(id: "harreragune") { name } }');
    const events = [];
    for await (const event of serverSentEvents(response)) events.push(event);
    assert.deepEqual(events.map((event) => event.event), ['next', 'complete']);
    assert.equal(JSON.parse(events[0].data).data.institution.name, 'Harreragune');
  });
});
