// The graphql-transport-ws protocol at its edges, with a raw socket: every close code, ping and pong, queries over
// the socket, the origin check, the limits, and hostile clients that must leave the service answering.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acknowledged, graphql, rawSocket, sleep, startService, stopAll, submit, token } from './support.mjs';

const folder = mkdtempSync(join(tmpdir(), 'networkgraph-live-protocol-'));
let service;

before(async () => {
  service = await startService(join(folder, 'graph.db'), [
    '--Live:ConnectionInitTimeout=00:00:02', '--Live:KeepAliveInterval=00:00:01', '--Live:AllowedOrigins:0=https://planner.example.org',
    // A token expires for a socket when it would for a request: without skew, at its exp.
    '--Auth:ClockSkewSeconds=0',
  ]);
});

after(async () => {
  await stopAll();
  rmSync(folder, { recursive: true, force: true });
});

const subscription = (id, query = 'subscription { graphChanged { cursor operation } }') => ({ id, type: 'subscribe', payload: { query } });

describe('the handshake', () => {
  test('a connection_init with a valid token is acknowledged', async () => {
    const raw = await acknowledged(service, token('reader'));
    raw.socket.close();
  });

  test('a bad token closes the socket with 4403', async () => {
    const raw = await rawSocket(service);
    raw.send({ type: 'connection_init', payload: { Authorization: `Bearer ${token('reader')}x` } });
    assert.equal((await raw.closedWithin()).code, 4403);
  });

  test('an expired token closes the socket with 4403', async () => {
    const raw = await rawSocket(service);
    raw.send({ type: 'connection_init', payload: { Authorization: `Bearer ${token('reader', { seconds: -60 })}` } });
    assert.equal((await raw.closedWithin()).code, 4403);
  });

  test('a token that expires while connected closes the socket with 4403', async () => {
    const raw = await acknowledged(service, token('reader', { seconds: 2 }));
    assert.equal((await raw.closedWithin(6_000)).code, 4403);
  });

  test('no connection_init within the time allowed closes with 4408', async () => {
    const raw = await rawSocket(service);
    assert.equal((await raw.closedWithin(6_000)).code, 4408);
  });

  test('a second connection_init closes with 4429', async () => {
    const raw = await acknowledged(service);
    raw.send({ type: 'connection_init' });
    assert.equal((await raw.closedWithin()).code, 4429);
  });

  test('subscribe before the acknowledgement closes with 4401', async () => {
    const raw = await rawSocket(service);
    raw.send(subscription('1'));
    assert.equal((await raw.closedWithin()).code, 4401);
  });

  test('a message that is not JSON closes with 4400', async () => {
    const raw = await acknowledged(service);
    raw.send('{ not json');
    assert.equal((await raw.closedWithin()).code, 4400);
  });

  test('a message of an unknown type closes with 4400', async () => {
    const raw = await acknowledged(service);
    raw.send({ type: 'start', id: '1', payload: {} });
    assert.equal((await raw.closedWithin()).code, 4400);
  });

  test('a subscribe without an id closes with 4400', async () => {
    const raw = await acknowledged(service);
    raw.send({ type: 'subscribe', payload: { query: '{ dashboard { institutions } }' } });
    assert.equal((await raw.closedWithin()).code, 4400);
  });

  test('an id already in use closes with 4409', async () => {
    const raw = await acknowledged(service);
    raw.send(subscription('same'));
    raw.send(subscription('same'));
    assert.equal((await raw.closedWithin()).code, 4409);
  });

  test('an upgrade carrying a bad token is refused with 401, not served as anonymous', async () => {
    await assert.rejects(rawSocket(service, { headers: { authorization: `Bearer ${token('reader')}x` } }), /Unexpected server response: 401/);
  });

  test('a socket without the protocol is refused at the upgrade', async () => {
    await assert.rejects(rawSocket(service, { protocol: 'graphql-ws' }), /Unexpected server response: 400/);
  });

  test('a page of another origin is refused at the upgrade, a listed one is not', async () => {
    await assert.rejects(rawSocket(service, { headers: { origin: 'https://evil.example.com' } }), /Unexpected server response: 403/);
    const listed = await rawSocket(service, { headers: { origin: 'https://planner.example.org' } });
    listed.socket.close();
    const own = await rawSocket(service, { headers: { origin: service.url } });
    own.socket.close();
  });
});

describe('messages', () => {
  test('ping is answered with pong, and the server pings', async () => {
    const raw = await acknowledged(service);
    raw.send({ type: 'ping' });
    const seen = [await raw.next(3_000, { pings: true }), await raw.next(3_000, { pings: true })].map((message) => message.type);
    assert.ok(seen.includes('pong'), `no pong in ${seen}`);
    assert.ok(seen.includes('ping'), `no server ping in ${seen}`);
    raw.socket.close();
  });

  test('a query answers next then complete', async () => {
    const raw = await acknowledged(service);
    raw.send({ id: 'q', type: 'subscribe', payload: { query: '{ institution(id: "harreragune") { name } }' } });
    const next = await raw.next();
    assert.deepEqual(next, { id: 'q', type: 'next', payload: { data: { institution: { name: 'Harreragune' } } } });
    assert.deepEqual(await raw.next(), { id: 'q', type: 'complete' });
    raw.socket.close();
  });

  test('a document that does not validate answers error', async () => {
    const raw = await acknowledged(service);
    raw.send({ id: 'bad', type: 'subscribe', payload: { query: 'subscription { graphChanged { nope } }' } });
    const error = await raw.next();
    assert.equal(error.type, 'error');
    assert.equal(error.id, 'bad');
    assert.match(error.payload[0].message, /nope/);
    raw.socket.close();
  });

  test('a forged cursor answers error BAD_USER_INPUT', async () => {
    const raw = await acknowledged(service, token('reader'));
    raw.send(subscription('c', 'subscription { graphChanged(after: "AAAAAAAAAAEAAAAAAAAAAA") { cursor } }'));
    const error = await raw.next();
    assert.equal(error.type, 'error');
    assert.equal(error.payload[0].extensions.code, 'BAD_USER_INPUT');
    raw.socket.close();
  });

  test('anonymous callers may not follow feedback', async () => {
    const raw = await acknowledged(service);
    raw.send(subscription('f', 'subscription { feedbackChanged { cursor } }'));
    const error = await raw.next();
    assert.equal(error.type, 'error');
    assert.match(error.payload[0].extensions.code, /UNAUTHENTICATED|FORBIDDEN/);
    raw.socket.close();
  });

  test('a subscription completed by the client gets nothing more', async () => {
    const raw = await acknowledged(service, token('reader'));
    raw.send(subscription('s'));
    await sleep(300);
    raw.send({ id: 's', type: 'complete' });
    await sleep(300);
    await submit(service, token('ngo', { org: 'arrupe-etxea' }));
    await assert.rejects(raw.next(1_500), /No message/);
    raw.socket.close();
  });
});

describe('limits and hostile clients', () => {
  test('past ten operations on one socket each further subscribe answers LIMIT_EXCEEDED', async () => {
    const raw = await acknowledged(service, token('reader'));
    for (let i = 0; i < 11; i++) raw.send(subscription(`s${i}`));
    const refusal = await raw.next();
    assert.equal(refusal.type, 'error');
    assert.equal(refusal.id, 's10');
    assert.equal(refusal.payload[0].extensions.code, 'LIMIT_EXCEEDED');
    raw.socket.close();
  });

  test('10,000 subscribe messages on one socket leave the service answering, its memory bounded', async () => {
    const before = service.residentMiB();
    const raw = await acknowledged(service, token('reader', { subject: 'hostile-flood' }));
    for (let i = 0; i < 10_000; i++) raw.send(subscription(`flood-${i}`));
    let refusals = 0;
    while (refusals < 9_990) {
      const message = await raw.next(10_000);
      if (message.type === 'error') refusals++;
    }
    const answer = await graphql(service, '{ institution(id: "harreragune") { name } }');
    assert.equal(answer.data.institution.name, 'Harreragune');
    assert.ok(service.residentMiB() - before < 64, `memory grew from ${before} MiB to ${service.residentMiB()} MiB`);
    raw.socket.terminate();
  });

  test('a message over the size limit closes with 1009', async () => {
    const raw = await acknowledged(service);
    raw.send({ id: 'big', type: 'subscribe', payload: { query: `{ dashboard { institutions } } #${'x'.repeat(70_000)}` } });
    assert.equal((await raw.closedWithin()).code, 1009);
  });

  test('a client that subscribes and never reads leaves the service answering', async () => {
    const raw = await acknowledged(service, token('reader', { subject: 'never-reads' }));
    for (let i = 0; i < 10; i++) raw.send(subscription(`slow-${i}`));
    raw.socket.pause();
    const ngo = token('ngo', { org: 'arrupe-etxea' });
    for (let i = 0; i < 20; i++) await submit(service, ngo);
    const answer = await graphql(service, '{ institution(id: "harreragune") { name } }');
    assert.equal(answer.data.institution.name, 'Harreragune');
    raw.socket.terminate();
  });

  test('clients that subscribe and vanish release what they held', async () => {
    const churn = async (rounds) => {
      for (let round = 0; round < rounds; round++) {
        const raw = await acknowledged(service, token('reader', { subject: `churn-${round % 5}` }));
        for (let i = 0; i < 10; i++) raw.send(subscription(`c${i}`));
        raw.send({ type: 'ping' });
        assert.equal((await raw.next()).type, 'pong');
        await sleep(10); // the streams open beside the socket's reading
        raw.socket.terminate();
      }
    };
    await churn(20);
    const before = service.residentMiB();
    await churn(200);
    await sleep(500);
    // Were streams kept after their clients vanished, 2,000 of them would hold the per-client limit (50) long before.
    const raw = await acknowledged(service, token('reader', { subject: 'churn-0' }));
    raw.send(subscription('after-churn'));
    await assert.rejects(raw.next(1_000), /No message/, 'the stream was refused: streams of vanished clients are still held');
    raw.socket.close();
    assert.ok(service.residentMiB() - before < 64, `memory grew from ${before} MiB to ${service.residentMiB()} MiB`);
  });
});
