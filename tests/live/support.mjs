// What the live tests share: the service as a real process, tokens signed with the test key, GraphQL over HTTP,
// and a raw graphql-transport-ws socket for the protocol's edges. Everything a test starts is stopped by it.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import WebSocket from 'ws';

const settings = JSON.parse(process.env.LIVE_SERVER ?? 'null');
if (!settings) throw new Error('LIVE_SERVER is not set: run these tests through dotnet test (Live/LiveClientsTests).');

/** A free loopback port. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the built service on a data file (created and seeded when new); resolves once it is ready. */
export async function startService(dataFile, extra = []) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(settings.command[0], [...settings.command.slice(1), `--Urls=${url}`, `--Store:Sqlite:Path=${dataFile}`, ...extra], {
    cwd: settings.workingDirectory,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const service = {
    url,
    graphql: `${url}/graphql`,
    socketUrl: `ws://127.0.0.1:${port}/graphql`,
    get output() { return output; },
    /** The process's resident memory, in MiB. */
    residentMiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
    },
    /** SIGTERM, as a container runtime stops it; resolves with the exit code. */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  running.add(service);
  exited.then(() => running.delete(service));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The service exited while starting:\n${output}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return service;
    } catch { /* not listening yet */ }
    await sleep(200);
  }
  await service.stop();
  throw new Error(`The service did not become ready in 60 s:\n${output}`);
}

const running = new Set();

/** Stops every service still running (a failed test must not leave one behind). */
export async function stopAll() {
  await Promise.all([...running].map((service) => service.stop()));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A token as the service's token command mints it, valid for `seconds`. */
export function token(role, { org, subject, seconds = 600 } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    sub: subject ?? `live-${role}${org ? `-${org}` : ''}`, role, ...(org ? { org } : {}),
    iss: settings.issuer, aud: settings.audience, iat: now, nbf: now, exp: now + seconds,
  };
  const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', settings.signingKey).update(unsigned).digest('base64url')}`;
}

/** POSTs a GraphQL request and returns the parsed answer. */
export async function graphql(service, query, { bearer, variables } = {}) {
  const response = await fetch(service.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

let submissions = 0;

/** An NGO raises an item; resolves with its id. */
export async function submit(service, ngoToken, title = `Live test item ${++submissions}`) {
  const answer = await graphql(service,
    'mutation($t: String!) { submitFeedback(input: { title: $t, description: "Opening hours do not suit working families.", themeId: "reception" }) { id } }',
    { bearer: ngoToken, variables: { t: title } });
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data.submitFeedback.id;
}

/** A coordinator triages an item. */
export async function triage(service, coordinatorToken, id) {
  const answer = await graphql(service, 'mutation($id: ID!) { triageFeedback(input: { id: $id }) { status } }',
    { bearer: coordinatorToken, variables: { id } });
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
}

/** A raw graphql-transport-ws socket with its messages queued, for the protocol's edges. */
export async function rawSocket(service, { protocol = 'graphql-transport-ws', headers } = {}) {
  const socket = new WebSocket(service.socketUrl, protocol, { headers });
  const messages = [];
  const waiting = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    const waiter = waiting.shift();
    if (waiter) waiter(message); else messages.push(message);
  });
  const closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  return {
    socket,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    /** The next message (the server's pings skipped unless `pings`), or a rejection after `ms`. */
    async next(ms = 5_000, { pings = false } = {}) {
      const deadline = Date.now() + ms;
      while (true) {
        const message = messages.length ? messages.shift() : await new Promise((resolve, reject) => {
          const waiter = (received) => { clearTimeout(timer); resolve(received); };
          const timer = setTimeout(() => {
            waiting.splice(waiting.indexOf(waiter), 1);
            reject(new Error(`No message within ${ms} ms`));
          }, Math.max(0, deadline - Date.now()));
          waiting.push(waiter);
        });
        if (pings || message.type !== 'ping') return message;
      }
    },
    /** The close code and reason, or a rejection after `ms`. */
    closedWithin(ms = 5_000) {
      return Promise.race([closed, sleep(ms).then(() => { throw new Error(`Not closed within ${ms} ms`); })]);
    },
  };
}

/** Opens a raw socket and completes the handshake. */
export async function acknowledged(service, bearer) {
  const raw = await rawSocket(service);
  raw.send({ type: 'connection_init', payload: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  const ack = await raw.next();
  if (ack.type !== 'connection_ack') throw new Error(`Expected connection_ack, got ${JSON.stringify(ack)}`);
  return raw;
}

/** Reads a server-sent-events response into events, as they come; leaving the loop cancels the response. */
export async function* serverSentEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        yield parseEvent(block);
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

function parseEvent(block) {
  const event = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) { event.comment = line.slice(1).trim(); continue; }
    const colon = line.indexOf(':');
    const field = line.slice(0, colon);
    const value = line.slice(colon + 1).replace(/^ /, '');
    event[field] = field === 'data' && event.data !== undefined ? `${event.data}\n${value}` : value;
  }
  return event;
}

/** POSTs a subscription for server-sent events. */
export function subscribeOverSse(service, query, { bearer, variables, lastEventId, signal } = {}) {
  return fetch(service.graphql, {
    method: 'POST',
    signal,
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
}
