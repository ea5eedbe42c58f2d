#!/usr/bin/env node
// HTTP load benchmark (issue #6): the canonical operations of schema/operations/ against the Release
// build of the service, on the seed and on a synthetic 10k-institution graph, over loopback, with
// autocannon. Prints req/s, p50 and p99 per operation beside GET /health/live (the HTTP ceiling of
// the same server) and the server's resident memory, and writes the tables into docs/benchmarks.md
// between <!-- load:begin --> and <!-- load:end -->.
//
//   node bench/load/run.mjs [--duration 10] [--connections 16] [--warmup 2] [--out docs/benchmarks.md]
//                           [--graphs seed,synthetic] [--institutions 10000] [--rounds 5] [--round-duration 5] [--no-out]
//                           [--operations Search,...] [--search-text TEXT]
//
// Every server is started by this script on a free loopback port with its own temporary data file,
// and killed (by its pid) on exit, failure or Ctrl-C. Nothing is written under seed/.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort } from '../lib/ports.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

// ---------------------------------------------------------------------------------------------
// Arguments

const usage = `Usage: node bench/load/run.mjs [--duration S] [--connections N] [--warmup S] [--out FILE | --no-out]
                                 [--graphs seed,synthetic] [--institutions N] [--rounds N] [--round-duration S]
                                 [--operations LIST] [--search-text TEXT] [--result-cache on|off] [--no-peers]

  --duration S       seconds of load per operation (default 10)
  --connections N    concurrent connections (default 16)
  --warmup S         seconds of load per operation before measuring (default 2)
  --out FILE         the Markdown file whose "HTTP load" section is replaced (default docs/benchmarks.md)
  --no-out           print only
  --graphs LIST      which graphs to run: seed, synthetic (default both)
  --institutions N   size of the synthetic graph (default 10000)
  --rounds N         alternating rounds of the ceiling and the target operation after the table, for the
                     target's verdict (default 5; 0 judges the target on the table's single runs)
  --round-duration S seconds of load per side of a round (default 5)
  --operations LIST  only these operations of schema/operations/ (by file name, comma-separated), beside the ceiling
                     (default all); without InstitutionMemberships there are no rounds and no verdict on its target
  --search-text TEXT the text of Search on the synthetic graph (default: the first institution's territory, a name)
  --result-cache X   on (default) or off: whether the server keeps read answers (ResultCache:Enabled); every
                     operation repeats one request, so with it on every answer after the first two is a kept one
  --no-peers         leave out the reference servers of bench/peers (graphql-js behind graphql-http, and Fastify with
                     Mercurius and graphql-jit), which otherwise serve InstitutionMemberships from a copy of the
                     same institutions beside ours, in the table and in every alternating round`;

function parseArgs(argv) {
  const options = { duration: 10, connections: 16, warmup: 2, out: 'docs/benchmarks.md', graphs: ['seed', 'synthetic'], institutions: 10000, rounds: 5, roundDuration: 5, operations: null, searchText: null, resultCache: true, peers: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${flag} needs a value\n${usage}`);
      return argv[++i];
    };
    const positive = (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) fail(`${flag} must be a positive whole number, not '${v}'`);
      return n;
    };
    switch (flag) {
      case '--duration': options.duration = positive(value()); break;
      case '--connections': options.connections = positive(value()); break;
      case '--warmup': options.warmup = Number(value()); if (!(options.warmup >= 0)) fail('--warmup must be 0 or more'); break;
      case '--out': options.out = value(); break;
      case '--no-out': options.out = null; break;
      case '--institutions': options.institutions = positive(value()); break;
      case '--rounds': {
        const v = value();
        options.rounds = Number(v);
        if (!Number.isInteger(options.rounds) || options.rounds < 0) fail(`--rounds must be a whole number, 0 or more, not '${v}'`);
        break;
      }
      case '--round-duration': options.roundDuration = positive(value()); break;
      case '--operations': options.operations = value().split(',').map((o) => o.trim()).filter(Boolean); break;
      case '--search-text': options.searchText = value(); break;
      case '--no-peers': options.peers = false; break;
      case '--result-cache': {
        const choice = value();
        if (choice !== 'on' && choice !== 'off') fail(`--result-cache must be on or off (got '${choice}')`);
        options.resultCache = choice === 'on';
        break;
      }
      case '--graphs': {
        options.graphs = value().split(',').map((g) => g.trim()).filter(Boolean);
        if (options.graphs.length === 0 || options.graphs.some((g) => g !== 'seed' && g !== 'synthetic')) fail(`--graphs takes seed and/or synthetic\n${usage}`);
        break;
      }
      case '-h': case '--help': console.log(usage); process.exit(0); break;
      default: fail(`unknown argument '${flag}'\n${usage}`);
    }
  }
  return options;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

const options = parseArgs(process.argv.slice(2));

// ---------------------------------------------------------------------------------------------
// Cleanup: every server we start is killed by its pid, whatever happens.

const servers = new Set();
let tempDir = null;

function killServers() {
  for (const server of servers) {
    try { process.kill(server.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  servers.clear();
}

function cleanup() {
  killServers();
  if (tempDir) {
    try { fs.rmSync(tempDir, { recursive: true, force: true }); } catch { /* best effort */ }
    tempDir = null;
  }
}

process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => { console.error(`\n${signal}: stopping the servers`); cleanup(); process.exit(130); });
}
process.on('uncaughtException', (e) => { console.error(e); cleanup(); process.exit(1); });
process.on('unhandledRejection', (e) => { console.error(e); cleanup(); process.exit(1); });

// ---------------------------------------------------------------------------------------------
// Helpers

const log = (...args) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function run(command, args, { cwd = root, capture = false } = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}${capture ? `:\n${result.stdout}\n${result.stderr}` : ''}`);
  }
  return capture ? result.stdout : '';
}


/** CPU time (user + system) the process has used so far, in microseconds; null where /proc is not there. */
function cpuMicros(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1e6) / clockTicks;
  } catch {
    return null;
  }
}

// Clock ticks per second of /proc/<pid>/stat (USER_HZ): 100 on Linux unless getconf says otherwise.
const clockTicks = (() => {
  try {
    return Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  } catch {
    return 100;
  }
})();

function rssKiB(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

const mib = (kib) => (kib == null ? '—' : `${(kib / 1024).toFixed(0)} MiB`);
const fmt = (n, digits = 0) => (n == null || Number.isNaN(n) ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const ms = (n) => (n == null ? '—' : n < 1 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : fmt(n));

// ---------------------------------------------------------------------------------------------
// autocannon, pinned in bench/load/package-lock.json

/**
 * The request body with the query's `$id` default given as a variable when the request gives none: graphql-jit, which
 * Mercurius compiles a query with after its first use, does not apply the default of a non-null variable.
 */
function withDefaultsGiven(body) {
  const request = JSON.parse(body);
  const fallback = /\$id:\s*ID!\s*=\s*"([^"]*)"/.exec(request.query);
  if (fallback && request.variables?.id === undefined) request.variables = { ...request.variables, id: fallback[1] };
  return JSON.stringify(request);
}

/** The peers' packages, pinned in bench/peers/package-lock.json, installed on first use. */
async function loadPeers() {
  const peersDir = path.join(here, '..', 'peers');
  if (!fs.existsSync(path.join(peersDir, 'node_modules', 'mercurius', 'package.json'))) {
    log('installing the peers (npm ci in bench/peers)');
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peersDir });
  }
  return import(pathToFileURL(path.join(peersDir, 'start.mjs')).href);
}

async function loadAutocannon() {
  const entry = path.join(here, 'node_modules', 'autocannon', 'package.json');
  if (!fs.existsSync(entry)) {
    log('installing autocannon (npm ci in bench/load)');
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here });
  }
  const version = JSON.parse(fs.readFileSync(entry, 'utf8')).version;
  const module = await import(pathToFileURL(path.join(here, 'node_modules', 'autocannon', 'autocannon.js')).href);
  return { autocannon: module.default, version };
}

// ---------------------------------------------------------------------------------------------
// The machine

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = (/^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown').trim();
  const osRelease = fs.existsSync('/etc/os-release') ? fs.readFileSync('/etc/os-release', 'utf8') : '';
  const osName = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(osRelease)?.[1] ?? `${os.type()} ${os.release()}`;
  const runtimes = run('dotnet', ['--list-runtimes'], { capture: true });
  const versions = [...runtimes.matchAll(/^Microsoft\.AspNetCore\.App (10\.\d+\.\d+)/gm)].map((m) => m[1]);
  versions.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return {
    cpu,
    logical: os.cpus().length,
    os: osName,
    dotnet: versions.length ? `.NET ${versions.at(-1)} (ASP.NET Core)` : run('dotnet', ['--version'], { capture: true }).trim(),
    node: process.version,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  };
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');

// ---------------------------------------------------------------------------------------------
// Build, synthetic graph, ids

const auth = {
  issuer: 'networkgraph-load-bench',
  audience: 'networkgraph-load-bench-api',
  // A key for this benchmark only, marked as a development key so that the token command mints with it.
  key: 'load-benchmark-only-signing-key-not-a-secret-0123456789',
};

const authArgs = [
  `--Auth:Issuer=${auth.issuer}`, `--Auth:Audience=${auth.audience}`,
  `--Auth:SigningKey=${auth.key}`, '--Auth:SigningKeyIsDevelopmentKey=true', '--Auth:AllowAnonymousRead=true',
];

function publish(appDir) {
  log('publishing the Release build of src/NetworkGraph.Api');
  run('dotnet', ['publish', path.join('src', 'NetworkGraph.Api'), '-c', 'Release', '-o', appDir, '--nologo', '-v', 'quiet']);
}

function generateSynthetic(seedDir, institutions) {
  fs.mkdirSync(seedDir, { recursive: true });
  const file = `synthetic-${institutions}.json`;
  log(`generating the synthetic graph (${institutions} institutions)`);
  run('dotnet', ['run', '-c', 'Release', '--project', path.join('tools', 'NetworkGraph.Synthetic'), '--', '--institutions', String(institutions), '--out', path.join(seedDir, file)]);
  return { file, path: path.join(seedDir, file) };
}

function syntheticIds(file) {
  const graph = JSON.parse(fs.readFileSync(file, 'utf8'));
  const of = (label) => graph.nodes.filter((n) => n.label === label);
  const institutions = of('Institution');
  const first = institutions[0];
  const national = institutions.find((n) => n.level === 'NATIONAL' && n.id !== first.id) ?? institutions.at(-1);
  const themes = of('Theme');
  const theme = themes.find((t) => /return/i.test(t.name)) ?? themes[0];
  const nn = of('Network').find((n) => n.kind === 'NETWORK_OF_NETWORKS') ?? of('Network')[0];
  const referral = graph.relationships.find((r) => r.type === 'REFERS_TO');
  const feedback = of('FeedbackItem')[0];
  const word = (first.territory ?? first.name.split(' ')[0]).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return {
    institution: first.id,
    pathTo: national.id,
    theme: theme.id,
    networkOfNetworks: nn.id,
    referralFrom: referral?.from ?? first.id,
    feedback: feedback.id,
    search: options.searchText ?? word,
    institutionCount: institutions.length,
  };
}

// ---------------------------------------------------------------------------------------------
// The operations

function operations(graph, ids) {
  const dir = path.join(root, 'schema', 'operations');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  const variables = graph === 'synthetic'
    ? {
      InstitutionMemberships: { id: ids.institution },
      ReferralPathway: { from: ids.referralFrom },
      NetworkOfNetworks: { id: ids.networkOfNetworks },
      ThemeCoverage: { id: ids.theme },
      Search: { text: ids.search },
      FeedbackHistory: { id: ids.feedback },
      Coordination: { id: ids.institution },
      CoordinationPath: { from: ids.institution, to: ids.pathTo },
      FeedbackTrace: { id: ids.feedback },
    }
    : {};
  const unknown = (options.operations ?? []).filter((name) => !files.includes(`${name}.graphql`));
  if (unknown.length) fail(`--operations: no ${unknown.join(', ')} in schema/operations/`);
  const needsToken = new Set(['FeedbackHistory', 'FeedbackTrace']);
  const list = [];
  for (const file of files) {
    const name = path.basename(file, '.graphql');
    if (options.operations && !options.operations.includes(name)) continue;
    const query = fs.readFileSync(path.join(dir, file), 'utf8');
    if (/^\s*mutation\b/m.test(query.replace(/^\s*#.*$/gm, ''))) {
      list.push({ name, skipped: 'a mutation: under load it would write to the store being measured' });
      continue;
    }
    if (/^\s*subscription\b/m.test(query.replace(/^\s*#.*$/gm, ''))) {
      list.push({ name, skipped: 'a subscription: it streams, and `bench/live/run.mjs` measures it' });
      continue;
    }
    const body = { query };
    if (variables[name]) body.variables = variables[name];
    list.push({ name, body: JSON.stringify(body), token: needsToken.has(name), variables: variables[name] ?? null });
  }
  // Institution-by-id with its memberships first, as the target is set on it.
  list.sort((a, b) => (a.name === 'InstitutionMemberships' ? -1 : b.name === 'InstitutionMemberships' ? 1 : 0));
  // A polling dashboard: the Dashboard by GET, answered in full (200), and sent again with the ETag it got (304).
  const dashboard = list.find((op) => op.name === 'Dashboard' && !op.skipped);
  if (dashboard) {
    const query = JSON.parse(dashboard.body).query;
    const get = `/graphql?${new URLSearchParams({ query, operationName: 'Dashboard' })}`;
    list.push({ ...dashboard, name: 'Dashboard by GET (200)', get });
    list.push({ ...dashboard, name: 'Dashboard by GET with its ETag (304)', get, revalidate: true });
  }
  return list;
}

/** The ETag a GET target's answer carries now, for the revalidating target to send back. */
async function entityTag(server, target, token) {
  const response = await fetch(`${server.url}${target.get}`, { headers: getHeaders(target, token) });
  await response.text();
  const tag = response.headers.get('etag');
  if (!tag) throw new Error(`${target.name}: the answer carried no ETag`);
  return tag;
}

function getHeaders(target, token) {
  return { accept: 'application/json', 'graphql-require-preflight': '1', ...(target.token && token ? { authorization: `Bearer ${token}` } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The server

async function startServer(appDir, dataDir, name, extraArgs) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(dataDir, `${name}.log`);
  const out = fs.openSync(logFile, 'w');
  const args = [
    path.join(appDir, 'NetworkGraph.Api.dll'),
    `--Urls=${url}`,
    `--Store:Sqlite:Path=${path.join(dataDir, `${name}.db`)}`,
    ...authArgs,
    '--GraphQL:Limits:RateLimit:Enabled=false',
    `--ResultCache:Enabled=${options.resultCache}`,
    ...extraArgs,
  ];
  const child = spawn('dotnet', args, {
    cwd: appDir,
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production', DOTNET_NOLOGO: '1' },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const server = { pid: child.pid, url, logFile, child, exited: false };
  servers.add(server);
  child.on('exit', (code, signal) => { server.exited = true; server.exitCode = code ?? signal; });

  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exited) throw new Error(`the ${name} server exited (${server.exitCode}):\n${fs.readFileSync(logFile, 'utf8')}`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.status === 200) return server;
    } catch { /* not listening yet */ }
    await sleep(250);
  }
  throw new Error(`the ${name} server was not ready within 180 s:\n${fs.readFileSync(logFile, 'utf8')}`);
}

function stopServer(server) {
  if (!servers.has(server)) return;
  try { process.kill(server.pid, 'SIGKILL'); } catch { /* already gone */ }
  servers.delete(server);
}

function mintToken(appDir, dataDir) {
  const out = run('dotnet', [
    path.join(appDir, 'NetworkGraph.Api.dll'), 'token', '--role', 'reader', '--subject', 'load-benchmark', '--minutes', '120',
    `--Store:Sqlite:Path=${path.join(dataDir, 'token.db')}`, ...authArgs,
  ], { cwd: appDir, capture: true });
  const token = out.trim().split('\n').at(-1).trim();
  if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) throw new Error(`the token command did not print a token:\n${out}`);
  return token;
}

async function graphql(server, body, token) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* reported below */ }
  return { status: response.status, json, text, bytes: Buffer.byteLength(text) };
}

/** One request before and after the load: 200, no GraphQL errors, data not null. */
async function check(server, op, token) {
  const r = await graphql(server, op.body, op.token ? token : null);
  const problems = [];
  if (r.status !== 200) problems.push(`HTTP ${r.status}`);
  if (!r.json) problems.push('not JSON');
  else {
    if (r.json.errors?.length) problems.push(`errors: ${r.json.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`);
    const data = r.json.data ?? {};
    const empty = Object.entries(data).filter(([, v]) => v == null || (Array.isArray(v) && v.length === 0)).map(([k]) => k);
    if (!r.json.data || empty.length) problems.push(`empty answer: ${empty.join(', ') || 'data'}`);
  }
  return { ok: problems.length === 0, problems, bytes: r.bytes };
}

// ---------------------------------------------------------------------------------------------
// One load run

function cannon(autocannon, server, target, seconds, connections) {
  let graphqlErrors = 0;
  let checked = 0;
  let notModified = 0;
  const request = target.health
    ? { method: 'GET', path: '/health/live' }
    : target.get
      ? {
        method: 'GET',
        path: target.get,
        headers: { ...getHeaders(target, target.bearer), ...(target.etag ? { 'if-none-match': target.etag } : {}) },
        onResponse: (status, body) => {
          checked++;
          if (body && body.includes('"errors":')) graphqlErrors++;
        },
      }
      : {
      method: 'POST',
      path: '/graphql',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(target.token ? { authorization: `Bearer ${target.bearer}` } : {}),
      },
      body: target.body,
      // Every response body is looked at: a GraphQL error comes with 200, so non-2xx alone would miss it.
      onResponse: (status, body) => {
        checked++;
        if (body && body.includes('"errors":')) graphqlErrors++;
      },
    };
  // autocannon's own histogram keeps whole milliseconds; the latency of each 2xx response is kept here
  // at the resolution of process.hrtime instead, for p50 and p99 below one millisecond.
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: server.url,
      connections,
      duration: seconds,
      timeout: 10,
      requests: [request],
    }, (err, result) => {
      if (err) return reject(err);
      const sorted = latencies.subarray(0, count).sort();
      const percentile = (p) => (count ? sorted[Math.min(count - 1, Math.ceil((p / 100) * count) - 1)] : null);
      // A revalidation answered 304 succeeded: autocannon counts it outside 2xx.
      if (target.etag) result.non2xx -= notModified;
      resolve({ result, graphqlErrors, checked, notModified, p50: percentile(50), p99: percentile(99) });
    });
    instance.on('response', (client, statusCode, bytes, responseTime) => {
      if (statusCode === 304 && target.etag) notModified++;
      else if (statusCode < 200 || statusCode > 299) return;
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
    });
  });
}

async function benchGraph(autocannon, graph, server, ops, token) {
  const samples = [];
  const sample = (phase) => {
    const kib = rssKiB(server.pid);
    if (kib != null) samples.push({ t: Date.now(), kib, phase });
    return kib;
  };
  const sampler = setInterval(() => sample('run'), 2000);
  const memory = { start: sample('start') };
  const rows = [];
  const rounds = [];
  let peers = [];
  try {
    const runnable = ops.filter((op) => !op.skipped).map((op) => ({ ...op, bearer: token }));
    for (const op of runnable.filter((target) => target.revalidate)) op.etag = await entityTag(server, op, token);
    const health = { name: 'GET /health/live (ceiling)', health: true };

    // Check each operation once and warm up (JIT, caches, the graph analysis per store version).
    const checks = new Map();
    for (const op of runnable) {
      const c = await check(server, op, token);
      checks.set(op.name, c);
      if (!c.ok) log(`  ${graph} ${op.name}: ${c.problems.join('; ')}`);
    }
    if (options.warmup > 0) {
      log(`  ${graph}: warming up (${options.warmup} s per operation)`);
      await cannon(autocannon, server, health, options.warmup, options.connections);
      for (const op of runnable) await cannon(autocannon, server, op, options.warmup, options.connections);
    }
    memory.afterWarmup = sample('warm');

    const measure = async (target, on = server) => {
      log(`  ${graph}: ${target.name} for ${options.duration} s`);
      const before = target.health ? null : await check(on, target, token);
      const cpuBefore = cpuMicros(on.pid);
      const { result, graphqlErrors, checked, p50, p99 } = await cannon(autocannon, on, target, options.duration, options.connections);
      const cpuAfter = cpuMicros(on.pid);
      const after = target.health ? null : await check(on, target, token);
      const row = {
        name: target.name,
        peer: on !== server,
        health: !!target.health,
        rps: result.requests.average,
        cpuPerRequest: cpuBefore != null && cpuAfter != null && result.requests.total > 0 ? (cpuAfter - cpuBefore) / result.requests.total : null,
        p50,
        p99,
        total: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        graphqlErrors,
        checked,
        // A revalidation answers 304 with no body; the check's size is that of the full answer.
        bytes: target.revalidate ? 0 : before?.bytes ?? null,
        checkProblems: [...(before?.ok === false ? before.problems : []), ...(after?.ok === false ? after.problems.map((p) => `after: ${p}`) : [])],
      };
      rows.push(row);
      log(`    ${fmt(row.rps)} req/s, ${row.cpuPerRequest == null ? '' : `${fmt(row.cpuPerRequest)} µs server CPU/req, `}p50 ${ms(row.p50)} ms, p99 ${ms(row.p99)} ms, non-2xx ${row.non2xx}, errors ${row.errors + row.timeouts}, GraphQL errors ${graphqlErrors}/${checked}`);
    };

    await measure(health);
    for (const op of runnable) await measure(op);

    // The peers serve the target operation from a copy of the same institutions; each must answer what we answer.
    const peerTarget = runnable.find((op) => op.name === 'InstitutionMemberships');
    if (peerTarget && options.peers) {
      log(`  ${graph}: starting the peers, each copying the institutions from our server`);
      const { startPeers } = await loadPeers();
      peers = await startPeers(server.url, token);
      const ours = (await graphql(server, peerTarget.body, peerTarget.token ? token : null)).json?.data;
      for (const peer of peers) {
        // Twice: Mercurius compiles a query with graphql-jit after its first use (jit: 1).
        for (let i = 0; i < 2; i++) {
          const theirs = (await graphql(peer, withDefaultsGiven(peerTarget.body), null)).json?.data;
          if (JSON.stringify(theirs) !== JSON.stringify(ours)) throw new Error(`${peer.name} answers ${JSON.stringify(theirs)}, we answer ${JSON.stringify(ours)}`);
        }
        peer.target = { ...peerTarget, name: `${peerTarget.name}: ${peer.name}`, token: false, body: withDefaultsGiven(peerTarget.body) };
        if (options.warmup > 0) await cannon(autocannon, peer, peer.target, options.warmup, options.connections);
        await measure(peer.target, peer);
      }
    }

    // The ceiling and the target, one after the other, several times: on a shared machine one pair of runs
    // minutes apart moves by several points; alternating pairs (ABBA order, so a drift in the machine's load
    // falls on both sides) and their median is the steadier ratio.
    const target = runnable.find((op) => op.name === 'InstitutionMemberships');
    if (target && options.rounds > 0) {
      log(`  ${graph}: ${options.rounds} alternating rounds of the ceiling and ${target.name}, ${options.roundDuration} s each`);
      for (let i = 0; i < options.rounds; i++) {
        // Ours, the ceiling and each peer, in an order reversed every round.
        const all = [{ side: health, on: server }, { side: target, on: server }, ...peers.map((peer) => ({ side: peer.target, on: peer }))];
        const sides = i % 2 === 0 ? all : [...all].reverse();
        const results = new Map();
        for (const { side, on } of sides) results.set(side, await cannon(autocannon, on, side, options.roundDuration, options.connections));
        const c = results.get(health);
        const t = results.get(target);
        const round = {
          ceiling: c.result.requests.average,
          target: t.result.requests.average,
          problems: c.result.non2xx + c.result.errors + c.result.timeouts + t.result.non2xx + t.result.errors + t.result.timeouts + t.graphqlErrors,
        };
        round.ratio = round.target / round.ceiling;
        round.peers = Object.fromEntries(peers.map((peer) => {
          const p = results.get(peer.target);
          round.problems += p.result.non2xx + p.result.errors + p.result.timeouts + p.graphqlErrors;
          return [peer.key, { name: peer.name, rps: p.result.requests.average }];
        }));
        rounds.push(round);
        const versus = Object.values(round.peers).map((p) => `, ${p.name} ${fmt(p.rps)}`).join('');
        log(`    round ${i + 1}: ${fmt(round.target)} of ${fmt(round.ceiling)} req/s = ${(round.ratio * 100).toFixed(1)}%${versus}${round.problems ? `, ${round.problems} errors` : ''}`);
      }
    }
  } finally {
    clearInterval(sampler);
    for (const peer of peers) peer.stop();
  }
  memory.end = sample('end');
  memory.peak = Math.max(...samples.map((s) => s.kib));
  memory.samples = samples.length;
  const base = memory.afterWarmup ?? memory.start;
  memory.flat = memory.end != null && base != null && memory.end <= base * 1.2;
  memory.growth = memory.end != null && base ? memory.end / base - 1 : null;

  const ceiling = rows.find((r) => r.health).rps;
  for (const row of rows) row.ratio = row.rps / ceiling;
  return { graph, rows, rounds, memory, ceiling, skipped: ops.filter((op) => op.skipped) };
}

// ---------------------------------------------------------------------------------------------
// Report

function table(run) {
  const lines = [
    '| operation | req/s | of ceiling | p50 ms | p99 ms | server CPU µs/req | requests | non-2xx | errors | GraphQL errors | response bytes |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of run.rows) {
    const target = r.name === 'InstitutionMemberships' ? ' (target ≥ 40%)' : '';
    const name = r.health ? `\`${r.name}\`` : `${r.name}${target}`;
    const errors = r.errors + r.timeouts;
    const gqlErrors = r.health ? '—' : `${r.graphqlErrors}${r.checkProblems.length ? ` (${r.checkProblems.join('; ')})` : ''}`;
    lines.push(`| ${name} | ${fmt(r.rps)} | ${r.health ? '100%' : `${(r.ratio * 100).toFixed(r.ratio < 0.01 ? 1 : 0)}%`} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.cpuPerRequest == null ? '—' : fmt(r.cpuPerRequest)} | ${fmt(r.total)} | ${r.non2xx} | ${errors} | ${gqlErrors} | ${r.bytes == null ? '—' : fmt(r.bytes)} |`);
  }
  return lines.join('\n');
}

function verdicts(runs) {
  const lines = [];
  for (const run of runs) {
    const target = run.rows.find((r) => r.name === 'InstitutionMemberships');
    if (!target) {
      lines.push(`- **${run.label}:** InstitutionMemberships was not run (\`--operations\`): no verdict on its target.`);
      continue;
    }
    const bad = run.rows.filter((r) => r.non2xx || r.errors || r.timeouts || r.graphqlErrors || r.checkProblems.length);
    if (run.rounds.some((r) => r.problems)) bad.push({ name: 'the alternating rounds' });
    const m = run.memory;
    const single = `${(target.ratio * 100).toFixed(1)}% of the ceiling (${fmt(target.rps)} of ${fmt(run.ceiling)} req/s)`;
    let targetVerdict;
    if (run.rounds.length) {
      const ratios = run.rounds.map((r) => r.ratio).sort((a, b) => a - b);
      const median = ratios.length % 2 ? ratios[(ratios.length - 1) / 2] : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
      const atTarget = ratios.filter((r) => r >= 0.4).length;
      targetVerdict = `institution by id with its memberships at a median ${(median * 100).toFixed(1)}% of the ceiling over ${ratios.length} alternating rounds `
        + `(${ratios.map((r) => `${(r * 100).toFixed(1)}%`).join(', ')}; ${atTarget} of ${ratios.length} at 40% or more), ${single} in the table's single runs: `
        + `**target ${median >= 0.4 ? 'met' : 'missed'}**. `;
    } else {
      targetVerdict = `institution by id with its memberships at ${single}: **target ${target.ratio >= 0.4 ? 'met' : 'missed'}**. `;
    }
    const medianOf = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    };
    const peerKeys = run.rounds.length ? Object.keys(run.rounds[0].peers ?? {}) : [];
    const versusPeers = peerKeys.map((key) => {
      const ratios = run.rounds.map((r) => r.target / r.peers[key].rps);
      return `${medianOf(ratios).toFixed(2)}x the req/s of the ${run.rounds[0].peers[key].name} (median of ${ratios.length} rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')})`;
    });
    if (versusPeers.length) targetVerdict += `Against the peers, ours answers it at ${versusPeers.join(' and ')}. `;
    lines.push(`- **${run.label}:** ${targetVerdict}`
      + (bad.length === 0
        ? '**Zero errors**: no non-2xx response, no socket error or timeout, no GraphQL `errors` in any response. '
        : `**Errors** in ${bad.map((r) => r.name).join(', ')}. `)
      + `Memory (RSS) ${mib(m.start)} at start, ${mib(m.afterWarmup)} after warm-up, peak ${mib(m.peak)}, ${mib(m.end)} at the end `
      + `(${m.growth >= 0 ? '+' : ''}${(m.growth * 100).toFixed(0)}% over the measured runs, ${m.samples} samples): **${m.flat ? 'flat' : 'not flat'}** (end within 20% of the post-warm-up value).`);
  }
  return lines.join('\n');
}

function report(info, runs, meta) {
  const parts = [];
  parts.push('### Machine and run', '',
    '| | |', '|---|---|',
    `| CPU | ${info.cpu} |`,
    `| Logical processors | ${info.logical} (shared by the server and the load generator) |`,
    `| OS | ${info.os} |`,
    `| .NET | ${info.dotnet}, Release build (\`dotnet publish -c Release\`), \`ASPNETCORE_ENVIRONMENT=Production\` |`,
    `| Load generator | autocannon ${meta.autocannonVersion} on Node.js ${info.node}, one process, over loopback |`,
    `| Memory available | ${info.memory} |`,
    `| Per operation | ${options.warmup} s warm-up, then ${options.duration} s of load with ${options.connections} connections, keep-alive, no pipelining |`,
    `| Target rounds | ${options.rounds ? `${options.rounds} rounds of \`/health/live\` and InstitutionMemberships, ${options.roundDuration} s each, alternating (ABBA), after the table's runs` : 'none (the target is judged on the table\'s single runs)'} |`,
    `| Server settings | rate limiter off (\`--GraphQL:Limits:RateLimit:Enabled=false\`), result cache ${options.resultCache ? 'on (the default)' : 'off (\`--ResultCache:Enabled=false\`)'}, every other limit at its default, request log at its default level (to a file) |`,
    `| Load average (1 / 5 / 15 min) | ${meta.loadStart} at the start, ${meta.loadEnd} at the end |`,
    `| Run | started ${meta.started} UTC, took ${meta.took} |`,
    '');
  parts.push('### Verdict', '', verdicts(runs), '');
  for (const run of runs) {
    parts.push(`### ${run.label}`, '', run.description, '', table(run), '');
    if (run.skipped.length) parts.push(run.skipped.map((s) => `${s.name} is not run (${s.skipped}).`).join(' '), '');
  }
  parts.push('Req/s is autocannon\'s mean over the one-second samples; p50 and p99 are the latency percentiles of all 2xx responses of the run, timed by the load generator from sending the request to the end of the response; '
    + '"of ceiling" divides by `GET /health/live` on the same server in the same run; "errors" counts socket errors and timeouts (10 s); '
    + '"GraphQL errors" counts responses carrying `"errors":` among all responses of the run, and every operation is also sent once before and once after its load and must answer 200 with data and without errors; '
    + '"server CPU µs/req" is the CPU time (user and system, from /proc) the server process used during the run divided by the requests it answered: '
    + 'it includes the request log, the runtime and the collector, and is steadier than req/s when other processes share the machine; '
    + '"response bytes" is the size of that answer. '
    + 'The verdict on the target takes the median ratio of the alternating rounds (each round runs the ceiling and the target for the same time, one right after the other, the order swapped every round), '
    + 'because on a shared machine one ceiling run and one target run minutes apart can differ by several points from a change in the machine\'s load alone; '
    + 'the rounds are checked for errors like the table\'s runs.');
  return parts.join('\n');
}

function writeSection(file, generated) {
  const target = path.resolve(root, file);
  const begin = '<!-- load:begin -->';
  const end = '<!-- load:end -->';
  const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  const block = `${begin}\n${generated}\n${end}`;
  let text;
  if (existing.includes(begin) && existing.includes(end)) {
    text = existing.slice(0, existing.indexOf(begin)) + block + existing.slice(existing.indexOf(end) + end.length);
  } else {
    const intro = [
      '## HTTP load', '',
      'Requests per second and latency of the canonical operations of [`schema/operations/`](../schema/operations/), sent over',
      'loopback to the Release build of the service, on the seed and on a synthetic graph of 10,000 institutions, beside the',
      'same server\'s `GET /health/live` as the HTTP ceiling. The part between the markers below is written by',
      '',
      '```',
      'node bench/load/run.mjs --out docs/benchmarks.md',
      '```',
      '',
      '(`--duration 10` seconds per operation, `--connections 16`, `--warmup 2`, `--rounds 5` of `--round-duration 5` seconds,',
      '`--graphs seed,synthetic`; it takes about 9 minutes). It publishes the Release build and generates the synthetic graph into a temporary folder, starts one server per',
      'graph on a free loopback port with its own data file, a benchmark-only signing key and the rate limiter off, mints a',
      '`reader` token with the `token` command for the feedback operations, and kills the servers when it ends. A new run',
      'replaces only the part between the markers.',
      '',
    ].join('\n');
    text = `${existing.replace(/\s*$/, '')}\n\n${intro}\n${block}\n`;
  }
  fs.writeFileSync(target, text);
  log(`wrote the "HTTP load" section of ${file}`);
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const started = new Date();
  const loadStart = loadAverage();
  const { autocannon, version: autocannonVersion } = await loadAutocannon();
  const info = machine();

  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'networkgraph-load-'));
  const appDir = path.join(tempDir, 'app');
  publish(appDir);
  const token = mintToken(appDir, tempDir);

  const runs = [];
  for (const graph of options.graphs) {
    let server;
    let ids = null;
    let extra = [];
    let label;
    let description;
    if (graph === 'synthetic') {
      const seedDir = path.join(tempDir, 'synthetic-seed');
      const synthetic = generateSynthetic(seedDir, options.institutions);
      ids = syntheticIds(synthetic.path);
      extra = [`--Seed:Directory=${seedDir}`, `--Seed:Files=${synthetic.file}`];
      label = `Synthetic graph, ${fmt(ids.institutionCount)} institutions`;
      description = `The synthetic graph of \`tools/NetworkGraph.Synthetic\` (${fmt(ids.institutionCount)} institutions, default generator seed), `
        + 'the only seed of that server. Operations whose defaults name seed ids get ids of the synthetic graph as variables: '
        + `institution \`${ids.institution}\` (the first of the file) for InstitutionMemberships and Coordination (depth 2), `
        + `a path from it to \`${ids.pathTo}\`, theme \`${ids.theme}\`, network of networks \`${ids.networkOfNetworks}\`, `
        + `referrals from \`${ids.referralFrom}\`, feedback item \`${ids.feedback}\`, search text \`${ids.search}\`.`;
    } else {
      label = 'Seed (`seed/bilbao.json` and `seed/illustrative-feedback.json`)';
      description = 'The default seed, each operation as it is in `schema/operations/`, with its default variables.';
    }
    log(`starting the server on the ${graph} graph`);
    server = await startServer(appDir, tempDir, graph, extra);
    try {
      if (graph === 'synthetic') {
        const count = await graphql(server, JSON.stringify({ query: '{ institutions(first: 1) { totalCount } }' }), null);
        const total = count.json?.data?.institutions?.totalCount;
        if (total !== ids.institutionCount) throw new Error(`the synthetic server holds ${total} institutions, expected ${ids.institutionCount} (is the synthetic file its only seed?)`);
      }
      const ops = operations(graph, ids);
      const result = await benchGraph(autocannon, graph, server, ops, token);
      runs.push({ ...result, label, description });
    } finally {
      stopServer(server);
    }
  }

  const elapsed = (Date.now() - started.getTime()) / 1000;
  const meta = {
    autocannonVersion,
    loadStart,
    loadEnd: loadAverage(),
    started: started.toISOString().slice(0, 16).replace('T', ' '),
    took: elapsed >= 90 ? `${(elapsed / 60).toFixed(1)} min` : `${elapsed.toFixed(0)} s`,
  };
  const generated = report(info, runs, meta);
  console.log(generated);
  if (options.out) writeSection(options.out, generated);

  const failed = runs.some((r) => r.rows.some((row) => row.non2xx || row.errors || row.timeouts || row.graphqlErrors || row.checkProblems.length));
  return failed ? 1 : 0;
}

main().then((code) => { cleanup(); process.exit(code); }, (e) => { console.error(e.stack ?? e); cleanup(); process.exit(1); });
