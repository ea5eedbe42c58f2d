#!/usr/bin/env node
// Live updates benchmark (issue 14): SSE and WebSocket (graphql-transport-ws) subscribers on one instance of the
// Release build while one writer commits at a steady rate: commit-to-delivery latency (from each event's commit time,
// its `at`, to its arrival at the subscriber; one machine, one clock), events lost, memory per idle subscriber and the
// server's CPU. Printed as a table and written into docs/benchmarks.md between <!-- live:begin --> and <!-- live:end -->.
//
//   node bench/live/run.mjs [--sse 1000] [--ws 1000] [--rate 20] [--seconds 30] [--out docs/benchmarks.md | --no-out]
//
// Loopback only; the server is killed by its pid on exit, failure or Ctrl-C. SSE subscribers follow graphChanged as
// readers; WebSocket subscribers follow feedbackChanged as coordinators; each write (an NGO's submission) is one
// event for each of them. Every subscriber has a token of its own (its own client for the per-client limits).
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auth, log, machine, rssKiB, run, sleep, start, workspace, writeBetweenMarkers } from '../lib/service.mjs';

const options = { sse: 1000, ws: 1000, rate: 20, seconds: 30, out: 'docs/benchmarks.md' };
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i];
  if (flag === '--no-out') options.out = null;
  else if (flag === '--out') options.out = process.argv[++i];
  else if (['--sse', '--ws', '--rate', '--seconds'].includes(flag)) options[flag.slice(2)] = Number(process.argv[++i]);
  else { console.error(`unknown argument '${flag}'`); process.exit(2); }
}

const here = path.dirname(fileURLToPath(import.meta.url));
if (!fs.existsSync(path.join(here, 'node_modules', 'ws'))) {
  log('installing ws (npm ci in bench/live)');
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', here]);
}
const { default: WebSocket } = await import(path.join(here, 'node_modules', 'ws', 'index.js'));

const setting = (name) => auth.find((entry) => entry.startsWith(`--Auth:${name}=`)).split('=').slice(1).join('=');

/** A token as the token command mints it, for a subject of its own. */
function token(role, subject, org) {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
    sub: subject, role, ...(org ? { org } : {}), iss: setting('Issuer'), aud: setting('Audience'), iat: now, nbf: now, exp: now + 7200,
  })}`;
  return `${unsigned}.${createHmac('sha256', setting('SigningKey')).update(unsigned).digest('base64url')}`;
}

const cpuSeconds = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

const temp = workspace('networkgraph-live-bench-');
const app = path.join(temp, 'app');
log('publishing the Release build');
run('dotnet', ['publish', 'src/NetworkGraph.Api', '-c', 'Release', '-o', app, '--nologo', '-v', 'quiet']);
const server = await start(app, 'live.db', ['--Live:MaxStreams=100000'], 120);
const { port } = new URL(server.url);
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

const latencies = { sse: [], ws: [] };
const received = { sse: new Map(), ws: new Map() };
let measuring = false;

function record(kind, subscriber, at) {
  if (!measuring) return;
  latencies[kind].push(Date.now() - Date.parse(at));
  received[kind].set(subscriber, (received[kind].get(subscriber) ?? 0) + 1);
}

/** One SSE subscriber: a POST accepting text/event-stream, read line by line. */
function sseSubscriber(index) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: 'subscription { graphChanged { cursor at } }' });
    const request = http.request({
      host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent,
      headers: {
        'content-type': 'application/json', accept: 'text/event-stream', 'content-length': Buffer.byteLength(body),
        authorization: `Bearer ${token('reader', `bench-sse-${index}`)}`,
      },
    }, (response) => {
      if (response.statusCode !== 200) { reject(new Error(`SSE subscriber ${index} got ${response.statusCode}`)); return; }
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = buffer.slice(0, end).split('\n').find((line) => line.startsWith('data: '));
          buffer = buffer.slice(end + 2);
          if (data) record('sse', index, JSON.parse(data.slice(6)).data.graphChanged.at);
        }
      });
      resolve(request);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** One WebSocket subscriber: connection_init with its token, then one subscribe. */
function wsSubscriber(index) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws', { perMessageDeflate: false });
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token('coordinator', `bench-ws-${index}`)}` } })));
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { feedbackChanged { cursor at } }' } }));
        resolve(socket);
      } else if (message.type === 'ping') {
        socket.send('{"type":"pong"}');
      } else if (message.type === 'next') {
        record('ws', index, message.payload.data.feedbackChanged.at);
      } else if (message.type === 'error') {
        reject(new Error(`WebSocket subscriber ${index}: ${JSON.stringify(message.payload)}`));
      }
    });
  });
}

async function connectAll(from, to, connect) {
  const connections = [];
  for (let first = from; first < to; first += 100) {
    connections.push(...await Promise.all(Array.from({ length: Math.min(100, to - first) }, (_, i) => connect(first + i))));
  }
  return connections;
}

// Memory is measured twice: after the first half of the subscribers (which also pays for what any first subscriber
// costs: code compiled, pools and heaps grown) and after the second half, whose cost per subscriber is the marginal one.
const sse = [];
const sockets = [];
async function connectHalf(half) {
  const range = (count) => (half === 0 ? [0, Math.floor(count / 2)] : [Math.floor(count / 2), count]);
  sse.push(...await connectAll(...range(options.sse), sseSubscriber));
  sockets.push(...await connectAll(...range(options.ws), wsSubscriber));
  await sleep(5000);
  return rssKiB(server.pid);
}
await sleep(2000);
const idleBefore = rssKiB(server.pid);
log(`connecting ${options.sse} SSE and ${options.ws} WebSocket subscribers, in two halves`);
const idleHalf = await connectHalf(0);
const idleAfter = await connectHalf(1);
const secondHalf = options.sse + options.ws - Math.floor(options.sse / 2) - Math.floor(options.ws / 2);
const perSubscriberKiB = (idleAfter - idleHalf) / secondHalf;
const averageKiB = (idleAfter - idleBefore) / (options.sse + options.ws);
log(`idle: RSS ${(idleBefore / 1024).toFixed(0)} -> ${(idleHalf / 1024).toFixed(0)} -> ${(idleAfter / 1024).toFixed(0)} MiB, ${perSubscriberKiB.toFixed(1)} KiB per further subscriber`);

const ngo = token('ngo', 'bench-writer', 'arrupe-etxea');
const writes = options.rate * options.seconds;
let failedWrites = 0;
measuring = true;
const cpuBefore = cpuSeconds(server.pid);
const clientBefore = process.cpuUsage();
const began = Date.now();
log(`writing ${writes} submissions at ${options.rate} a second`);
const pending = [];
for (let i = 0; i < writes; i++) {
  const due = began + (i * 1000) / options.rate;
  if (due > Date.now()) await sleep(due - Date.now());
  pending.push(fetch(`${server.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ngo}` },
    body: JSON.stringify({ query: `mutation { submitFeedback(input: { title: "Bench item ${i}", description: "Opening hours do not suit working families.", themeId: "reception" }) { id } }` }),
  }).then(async (response) => { if ((await response.json()).errors) failedWrites++; }, () => { failedWrites++; }));
}
await Promise.all(pending);
const writeSeconds = (Date.now() - began) / 1000;
await sleep(3000);
const cpu = (cpuSeconds(server.pid) - cpuBefore) / ((Date.now() - began) / 1000);
const clientUsage = process.cpuUsage(clientBefore);
const clientCpu = (clientUsage.user + clientUsage.system) / 1e6 / ((Date.now() - began) / 1000);
measuring = false;
const peakMiB = rssKiB(server.pid) / 1024;

for (const request of sse) request.destroy();
for (const socket of sockets) socket.terminate();
server.stop();

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};
const committed = writes - failedWrites;
const row = (kind, label, subscribers) => {
  const values = latencies[kind];
  const expected = committed * subscribers;
  return `| ${label} | ${subscribers.toLocaleString('en-US')} | ${values.length.toLocaleString('en-US')} / ${expected.toLocaleString('en-US')} | ${percentile(values, 50)} | ${percentile(values, 99)} | ${values.reduce((max, value) => Math.max(max, value), -Infinity)} |`;
};
const table = [
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()};`,
  `Release build, \`ASPNETCORE_ENVIRONMENT=Production\`, the Bilbao seed, SQLite; the subscribers and the writer run in one Node.js process beside the server.`,
  `${committed} of ${writes} submissions committed at ${options.rate} a second over ${writeSeconds.toFixed(1)} s.`,
  '',
  '| transport | subscribers | events delivered / due | p50 ms | p99 ms | max ms |',
  '|---|---:|---:|---:|---:|---:|',
  row('sse', 'SSE, `graphChanged`, readers', options.sse),
  row('ws', 'WebSocket, `feedbackChanged`, coordinators', options.ws),
  '',
  `Memory per idle subscriber: ${perSubscriberKiB.toFixed(1)} KiB for each of the second half (resident memory ${(idleBefore / 1024).toFixed(0)} MiB before connecting, ${(idleHalf / 1024).toFixed(0)} MiB with half of them connected and idle for 5 s, ${(idleAfter / 1024).toFixed(0)} MiB with all); ${averageKiB.toFixed(1)} KiB averaged over all, the first ones' one-off costs included; ${peakMiB.toFixed(0)} MiB at the end.`,
  `Server CPU while writing: ${cpu.toFixed(2)} cores of 2 (user and system time of the process over the writing and 3 s after); the subscribers' and writer's process: ${clientCpu.toFixed(2)} cores (one thread: near 1.0 it queues events itself).`,
].join('\n');
console.log(table);
if (options.out) writeBetweenMarkers(options.out, 'live', table);
