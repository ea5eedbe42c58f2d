#!/usr/bin/env node
// Export benchmark (issue 13): every /export/ format of the synthetic graph (100,000 institutions by default) from
// the Release build over loopback: seconds per export and the server's peak resident memory while it ran, printed
// as a table and written into docs/benchmarks.md between <!-- exports:begin --> and <!-- exports:end -->.
//
//   node bench/exports/run.mjs [--institutions 100000] [--runs 2] [--out docs/benchmarks.md | --no-out]
//
// The server is started on a free loopback port with its own temporary data file and killed (by its pid) on exit,
// failure or Ctrl-C. Every request is bounded (--timeout seconds, 300 by default).
import { log, prepare, token, start, measured, machine, writeBetweenMarkers, workspace } from '../lib/service.mjs';

const options = { institutions: 100000, runs: 2, out: 'docs/benchmarks.md', timeout: 300 };
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i];
  if (flag === '--no-out') options.out = null;
  else if (flag === '--out') options.out = process.argv[++i];
  else if (['--institutions', '--runs', '--timeout'].includes(flag)) options[flag.slice(2)] = Number(process.argv[++i]);
  else { console.error(`unknown argument '${flag}'`); process.exit(2); }
}
const formats = ['coordination.graphml', 'coordination.gexf', 'graph.graphml', 'graph.gexf', 'graph.cyjs', 'elements.csv', 'connections.csv'];

const temp = workspace('networkgraph-export-bench-');
const { app, seedFile } = prepare(options.institutions);
const reader = token(app, 'reader');
log('starting the server and loading the synthetic graph');
const server = await start(app, 'bench.db', [`--Seed:Directory=${temp}`, `--Seed:Files=${seedFile}`], options.timeout);

async function download(format) {
  const response = await fetch(`${server.url}/export/${format}`, { headers: { Authorization: `Bearer ${reader}` }, signal: AbortSignal.timeout(options.timeout * 1000) });
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  if (response.status !== 200) throw new Error(`${format} answered ${response.status}`);
  return bytes;
}

const rows = [];
for (let round = 1; round <= options.runs; round++) {
  for (const format of formats) {
    const { seconds, peakMiB, value: bytes } = await measured(server.pid, () => download(format));
    rows.push({ format, run: round, seconds, peakMiB, bytes });
    log(`${format} run ${round}: ${seconds.toFixed(2)} s, ${(bytes / 2 ** 20).toFixed(1)} MiB, peak RSS ${peakMiB.toFixed(0)} MiB`);
  }
}
server.stop();

const table = [
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()};`,
  `synthetic graph of ${options.institutions.toLocaleString('en-US')} institutions, Release build, \`ASPNETCORE_ENVIRONMENT=Production\`, a reader token, no filter.`,
  'Run 1 of the first format includes building the analysis of the graph; run 1 of each source includes sorting it for export.',
  '',
  '| export | run | seconds | size | peak server RSS | under 10 s |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| \`/export/${r.format}\` | ${r.run} | ${r.seconds.toFixed(2)} | ${(r.bytes / 2 ** 20).toFixed(1)} MiB | ${r.peakMiB.toFixed(0)} MiB | ${r.seconds < 10 ? 'yes' : '**no**'} |`),
].join('\n');
console.log(table);
if (options.out) writeBetweenMarkers(options.out, 'exports', table);
