// What the file benchmarks (exports, import) share: the Release build, the synthetic graph, tokens, and servers on
// free loopback ports that are killed by their pid when the benchmark ends, fails or is interrupted.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const log = (...args) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...args);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Settings every benchmark server and token share: a signing key that is for benchmarks only. */
export const auth = ['--Auth:Issuer=networkgraph-bench', '--Auth:Audience=networkgraph-bench-api',
  '--Auth:SigningKey=file-benchmark-only-signing-key-not-a-secret-0123456789', '--Auth:SigningKeyIsDevelopmentKey=true'];

const servers = new Set();
let temp = null;

/** A temporary folder, removed with every server still running when the process ends. */
export function workspace(prefix) {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return temp;
}

function cleanup() {
  for (const child of servers) { try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ } }
  servers.clear();
  if (temp) fs.rmSync(temp, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { cleanup(); process.exit(130); });

export function run(command, args, capture = false) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: capture ? 'pipe' : ['ignore', 'inherit', 'inherit'], maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}\n${result.stderr ?? ''}`);
  return result.stdout;
}

/** Posts one GraphQL document with a bearer token; the whole response body, or an error naming the first error. */
export async function graphql(url, bearer, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', Authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
  return body;
}

export function rssKiB(pid) {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
}


/** Publishes the Release build into the workspace and generates the synthetic graph there; returns both paths. */
export function prepare(institutions) {
  const app = path.join(temp, 'app');
  log('publishing the Release build');
  run('dotnet', ['publish', 'src/NetworkGraph.Api', '-c', 'Release', '-o', app, '--nologo', '-v', 'quiet']);
  log(`generating the synthetic graph (${institutions} institutions)`);
  const seedFile = `synthetic-${institutions}.json`;
  run('dotnet', ['run', '-c', 'Release', '--project', 'tools/NetworkGraph.Synthetic', '--', '--institutions', String(institutions), '--out', path.join(temp, seedFile)]);
  return { app, seedFile };
}

export function token(app, role) {
  return run('dotnet', [path.join(app, 'NetworkGraph.Api.dll'), 'token', '--role', role, '--subject', 'bench', '--minutes', '120',
    `--Store:Sqlite:Path=${path.join(temp, 'token.db')}`, ...auth], true).trim().split('\n').at(-1).trim();
}

/** Starts the Release build on its own data file with the given settings and waits until it is ready; its log goes to logFile when given. */
export async function start(app, database, settings, timeoutSeconds, { logFile = null } = {}) {
  const url = `http://127.0.0.1:${await freePort()}`;
  const started = Date.now();
  const child = spawn('dotnet', [path.join(app, 'NetworkGraph.Api.dll'), `--Urls=${url}`, `--Store:Sqlite:Path=${path.join(temp, database)}`, ...auth, ...settings],
    { cwd: app, env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production' }, stdio: logFile ? ['ignore', fs.openSync(logFile, 'w'), 'inherit'] : 'ignore' });
  servers.add(child);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (Date.now() - started > timeoutSeconds * 1000) throw new Error('the server was not ready in time');
    try { if ((await fetch(`${url}/health/ready`)).status === 200) break; } catch { /* not yet listening */ }
    await sleep(500);
  }
  log(`ready after ${((Date.now() - started) / 1000).toFixed(1)} s, RSS ${(rssKiB(child.pid) / 1024).toFixed(0)} MiB`);
  return {
    url,
    pid: child.pid,
    stop() { try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ } servers.delete(child); },
  };
}

/** Runs one request, sampling the server's resident memory every 20 ms; seconds, the peak in MiB and what fn returned. */
export async function measured(pid, fn) {
  let peak = rssKiB(pid);
  const sampler = setInterval(() => { try { peak = Math.max(peak, rssKiB(pid)); } catch { /* exiting */ } }, 20);
  const begin = process.hrtime.bigint();
  try {
    const value = await fn();
    return { seconds: Number(process.hrtime.bigint() - begin) / 1e9, peakMiB: Math.max(peak, rssKiB(pid)) / 1024, value };
  } finally {
    clearInterval(sampler);
  }
}

export function machine() {
  const cpu = (/^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown').trim();
  return `${cpu}, ${os.cpus().length} logical processors (shared), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} at the end`;
}

/** Replaces what lies between <!-- name:begin --> and <!-- name:end --> in a file of the repository. */
export function writeBetweenMarkers(file, name, table) {
  const full = path.join(root, file);
  const text = fs.readFileSync(full, 'utf8');
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  if (!text.includes(begin)) throw new Error(`${file} has no ${begin} marker`);
  fs.writeFileSync(full, text.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), `${begin}\n${table}\n${end}`));
  log(`wrote the table into ${file}`);
}
