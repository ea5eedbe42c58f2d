#!/usr/bin/env node
// Export benchmark (issue 13): every /export/ format of the synthetic graph (100,000 institutions by default) from
// the Release build over loopback: seconds per export and the server's peak resident memory while it ran, printed
// as a table and written into docs/benchmarks.md between <!-- exports:begin --> and <!-- exports:end -->.
//
//   node bench/exports/run.mjs [--institutions 100000] [--runs 2] [--out docs/benchmarks.md | --no-out]
//
// The server is started on a free loopback port with its own temporary data file and killed (by its pid) on exit,
// failure or Ctrl-C. Every request is bounded (--timeout seconds, 300 by default).

import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const options = { institutions: 100000, runs: 2, out: 'docs/benchmarks.md', timeout: 300 };
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i];
  if (flag === '--no-out') options.out = null;
  else if (flag === '--out') options.out = process.argv[++i];
  else if (['--institutions', '--runs', '--timeout'].includes(flag)) options[flag.slice(2)] = Number(process.argv[++i]);
  else { console.error(`unknown argument '${flag}'`); process.exit(2); }
}
const formats = ['coordination.graphml', 'coordination.gexf', 'graph.graphml', 'graph.gexf', 'graph.cyjs'];
const auth = ['--Auth:Issuer=networkgraph-export-bench', '--Auth:Audience=networkgraph-export-bench-api',
  '--Auth:SigningKey=export-benchmark-only-signing-key-not-a-secret-0123456789', '--Auth:SigningKeyIsDevelopmentKey=true'];

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'networkgraph-export-bench-'));
let server = null;
function cleanup() {
  if (server) { try { process.kill(server.pid, 'SIGKILL'); } catch { /* gone */ } server = null; }
  fs.rmSync(temp, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { cleanup(); process.exit(130); });

const log = (...args) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...args);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function run(command, args, capture = false) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: capture ? 'pipe' : ['ignore', 'inherit', 'inherit'], maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}\n${result.stderr ?? ''}`);
  return result.stdout;
}
function rssKiB(pid) {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
}
async function freePort() {
  const listener = net.createServer().listen(0, '127.0.0.1');
  await once(listener, 'listening');
  const { port } = listener.address();
  listener.close();
  return port;
}

const app = path.join(temp, 'app');
log('publishing the Release build');
run('dotnet', ['publish', 'src/NetworkGraph.Api', '-c', 'Release', '-o', app, '--nologo', '-v', 'quiet']);
log(`generating the synthetic graph (${options.institutions} institutions)`);
const seedFile = `synthetic-${options.institutions}.json`;
run('dotnet', ['run', '-c', 'Release', '--project', 'tools/NetworkGraph.Synthetic', '--', '--institutions', String(options.institutions), '--out', path.join(temp, seedFile)]);
const token = run('dotnet', [path.join(app, 'NetworkGraph.Api.dll'), 'token', '--role', 'reader', '--subject', 'export-bench', '--minutes', '120',
  `--Store:Sqlite:Path=${path.join(temp, 'token.db')}`, ...auth], true).trim().split('\n').at(-1).trim();

const url = `http://127.0.0.1:${await freePort()}`;
log('starting the server and loading the synthetic graph');
const started = Date.now();
const child = spawn('dotnet', [path.join(app, 'NetworkGraph.Api.dll'), `--Urls=${url}`, `--Store:Sqlite:Path=${path.join(temp, 'bench.db')}`,
  `--Seed:Directory=${temp}`, `--Seed:Files=${seedFile}`, ...auth], { cwd: app, env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production' }, stdio: 'ignore' });
server = child;
for (;;) {
  if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
  if (Date.now() - started > options.timeout * 1000) throw new Error('the server was not ready in time');
  try { if ((await fetch(`${url}/health/ready`)).status === 200) break; } catch { /* not yet listening */ }
  await sleep(500);
}
log(`ready after ${((Date.now() - started) / 1000).toFixed(1)} s, RSS ${(rssKiB(child.pid) / 1024).toFixed(0)} MiB`);

async function measure(format) {
  let peak = rssKiB(child.pid);
  const sampler = setInterval(() => { peak = Math.max(peak, rssKiB(child.pid)); }, 20);
  const begin = process.hrtime.bigint();
  const response = await fetch(`${url}/export/${format}`, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(options.timeout * 1000) });
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  clearInterval(sampler);
  if (response.status !== 200) throw new Error(`${format} answered ${response.status}`);
  return { seconds, bytes, peakMiB: Math.max(peak, rssKiB(child.pid)) / 1024 };
}

const rows = [];
for (let run_ = 1; run_ <= options.runs; run_++) {
  for (const format of formats) {
    const result = await measure(format);
    rows.push({ format, run: run_, ...result });
    log(`${format} run ${run_}: ${result.seconds.toFixed(2)} s, ${(result.bytes / 2 ** 20).toFixed(1)} MiB, peak RSS ${result.peakMiB.toFixed(0)} MiB`);
  }
}

const cpu = (/^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown').trim();
const table = [
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu}, ${os.cpus().length} logical processors (shared), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} at the end;`,
  `synthetic graph of ${options.institutions.toLocaleString('en-US')} institutions, Release build, \`ASPNETCORE_ENVIRONMENT=Production\`, a reader token, no filter.`,
  'Run 1 of the first format includes building the analysis of the graph; run 1 of each source includes sorting it for export.',
  '',
  '| export | run | seconds | size | peak server RSS | under 10 s |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| \`/export/${r.format}\` | ${r.run} | ${r.seconds.toFixed(2)} | ${(r.bytes / 2 ** 20).toFixed(1)} MiB | ${r.peakMiB.toFixed(0)} MiB | ${r.seconds < 10 ? 'yes' : '**no**'} |`),
].join('\n');
console.log(table);
if (options.out) {
  const file = path.join(root, options.out);
  const text = fs.readFileSync(file, 'utf8');
  const begin = '<!-- exports:begin -->';
  const end = '<!-- exports:end -->';
  if (!text.includes(begin)) throw new Error(`${options.out} has no ${begin} marker`);
  fs.writeFileSync(file, text.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), `${begin}\n${table}\n${end}`));
  log(`wrote the table into ${options.out}`);
}
