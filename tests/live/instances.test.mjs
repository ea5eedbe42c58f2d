// The change feed reaches every instance and survives restarts: two service processes on one SQLite file, and a
// service stopped and started again while its subscriber resumes from its last cursor.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverSentEvents, startService, stopAll, submit, subscribeOverSse, token } from './support.mjs';

const folder = mkdtempSync(join(tmpdir(), 'networkgraph-live-instances-'));
const reader = token('reader');
const arrupe = token('ngo', { org: 'arrupe-etxea' });
const GRAPH = 'subscription($after: String) { graphChanged(after: $after) { cursor nodeIds } }';

after(async () => {
  await stopAll();
  rmSync(folder, { recursive: true, force: true });
});

/** The next `count` events of an open SSE response, within `ms`. */
async function take(response, count, ms = 5_000) {
  const events = [];
  const timer = setTimeout(() => response.body.cancel().catch(() => {}), ms);
  try {
    for await (const event of serverSentEvents(response)) {
      if (event.event === 'next') events.push(JSON.parse(event.data).data.graphChanged);
      if (events.length === count) break;
    }
  } catch { /* cancelled by the timer */ }
  clearTimeout(timer);
  return events;
}

test('a write through one process reaches a subscriber of another on the same data file within 2 s', async () => {
  const dataFile = join(folder, 'shared.db');
  const first = await startService(dataFile);
  const second = await startService(dataFile);
  const controller = new AbortController();
  const stream = await subscribeOverSse(second, GRAPH, { bearer: reader, signal: controller.signal });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const started = Date.now();
  const id = await submit(first, arrupe);
  const [event] = await take(stream, 1, 2_000);
  controller.abort();
  assert.equal(event?.nodeIds[0], id, 'the other process did not deliver the change');
  assert.ok(Date.now() - started < 2_000);
});

test('after a restart the client resumes from its cursor and misses nothing', async () => {
  const dataFile = join(folder, 'restarted.db');
  let service = await startService(dataFile);
  const controller = new AbortController();
  const stream = await subscribeOverSse(service, GRAPH, { bearer: reader, signal: controller.signal });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await submit(service, arrupe);
  const [seen] = await take(stream, 1);
  controller.abort();
  assert.equal(await service.stop(), 0);

  service = await startService(dataFile);
  const missed = [await submit(service, arrupe), await submit(service, arrupe)];
  const resumed = await subscribeOverSse(service, GRAPH, { bearer: reader, lastEventId: seen.cursor });
  const events = await take(resumed, 2);
  assert.deepEqual(events.map((event) => event.nodeIds[0]), missed);
});

test('stopping the service completes its streams', async () => {
  const service = await startService(join(folder, 'stopping.db'));
  const stream = await subscribeOverSse(service, GRAPH, { bearer: reader });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const ended = (async () => {
    const kinds = [];
    for await (const event of serverSentEvents(stream)) kinds.push(event.event ?? 'comment');
    return kinds;
  })();
  assert.equal(await service.stop(), 0);
  assert.deepEqual((await ended).filter((kind) => kind !== 'comment'), ['complete']);
});
