#!/usr/bin/env node
// Import benchmark (issue 13): a spreadsheet of the synthetic graph (100,000 institutions by default) imported into an
// empty SQLite store by POST /import of the Release build over loopback: the dry run, the commit, and a second dry
// run that must find nothing to change; seconds, the server's peak resident memory, and the report's counts, printed
// as a table and written into docs/benchmarks.md between <!-- import:begin --> and <!-- import:end -->.
//
//   node bench/import/run.mjs [--institutions 100000] [--out docs/benchmarks.md | --no-out] [--timeout 600]
//
// The spreadsheet is the graph's own export (/export/elements.csv and connections.csv of a first server seeded with
// the synthetic graph), so it is the layout exactly. A graph this size is over the default limits of one import
// (20 MB and 200,000 rows a sheet), which guard a shared service; the importing server is started with larger ones.
import fs from 'node:fs';
import path from 'node:path';
import { log, prepare, token, start, measured, machine, writeBetweenMarkers, workspace } from '../lib/service.mjs';

const options = { institutions: 100000, out: 'docs/benchmarks.md', timeout: 600 };
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i];
  if (flag === '--no-out') options.out = null;
  else if (flag === '--out') options.out = process.argv[++i];
  else if (['--institutions', '--timeout'].includes(flag)) options[flag.slice(2)] = Number(process.argv[++i]);
  else { console.error(`unknown argument '${flag}'`); process.exit(2); }
}
const limits = ['--Import:MaxFileBytes=1073741824', '--Import:MaxRequestBytes=2147483648', '--Import:MaxRowsPerSheet=5000000', '--Import:MaxCellsPerFile=100000000'];

const temp = workspace('networkgraph-import-bench-');
const { app, seedFile } = prepare(options.institutions);
const reader = token(app, 'reader');
const coordinator = token(app, 'coordinator');

log('exporting the synthetic graph as the two sheets');
const source = await start(app, 'source.db', [`--Seed:Directory=${temp}`, `--Seed:Files=${seedFile}`], options.timeout);
const sheets = {};
for (const sheet of ['elements', 'connections']) {
  const response = await fetch(`${source.url}/export/${sheet}.csv`, { headers: { Authorization: `Bearer ${reader}` }, signal: AbortSignal.timeout(options.timeout * 1000) });
  if (response.status !== 200) throw new Error(`${sheet}.csv answered ${response.status}`);
  sheets[sheet] = path.join(temp, `${sheet}.csv`);
  fs.writeFileSync(sheets[sheet], Buffer.from(await response.arrayBuffer()));
}
source.stop();
const rowsOf = (file) => fs.readFileSync(file, 'utf8').split('\r\n').length - 2;
const sizes = Object.fromEntries(Object.entries(sheets).map(([name, file]) => [name, { bytes: fs.statSync(file).size, rows: rowsOf(file) }]));
log(`elements.csv ${sizes.elements.rows} rows, connections.csv ${sizes.connections.rows} rows`);

log('starting an empty server');
const target = await start(app, 'target.db', ['--Seed:LoadWhenEmpty=false', ...limits], options.timeout);

async function post(dryRun) {
  const body = new FormData();
  for (const [name, file] of Object.entries(sheets)) body.append(name, new Blob([fs.readFileSync(file)], { type: 'text/csv' }), `${name}.csv`);
  const response = await fetch(`${target.url}/import${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST', headers: { Authorization: `Bearer ${coordinator}` }, body, signal: AbortSignal.timeout(options.timeout * 1000),
  });
  const report = await response.json();
  if (response.status !== 200) throw new Error(`the import answered ${response.status}: ${JSON.stringify(report).slice(0, 2000)}`);
  return report;
}

const total = (counts) => Object.values(counts).reduce((sum, n) => sum + n, 0);
const steps = [];
for (const [step, dryRun, goal] of [['dry run', true, 10], ['commit', false, 60], ['dry run again', true, 10]]) {
  const { seconds, peakMiB, value: report } = await measured(target.pid, () => post(dryRun));
  steps.push({ step, goal, seconds, peakMiB, created: total(report.created), updated: total(report.updated), unchanged: report.unchanged });
  log(`${step}: ${seconds.toFixed(2)} s, peak RSS ${peakMiB.toFixed(0)} MiB, created ${total(report.created)}, unchanged ${report.unchanged}`);
}
target.stop();
const last = steps.at(-1);
if (last.created !== 0 || last.updated !== 0) throw new Error('the second dry run found changes: the export does not import back as it is');

const mib = (bytes) => (bytes / 2 ** 20).toFixed(1);
const table = [
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()};`,
  `synthetic graph of ${options.institutions.toLocaleString('en-US')} institutions as \`elements.csv\` (${sizes.elements.rows.toLocaleString('en-US')} rows, ${mib(sizes.elements.bytes)} MiB)`,
  `and \`connections.csv\` (${sizes.connections.rows.toLocaleString('en-US')} rows, ${mib(sizes.connections.bytes)} MiB), into an empty SQLite store; Release build, \`ASPNETCORE_ENVIRONMENT=Production\`.`,
  '',
  '| step | seconds | goal | peak server RSS | under 1 GiB | created | updated | unchanged |',
  '|---|---|---|---|---|---|---|---|',
  ...steps.map((s) => `| ${s.step} | ${s.seconds.toFixed(2)} | < ${s.goal} s${s.seconds < s.goal ? '' : ' **missed**'} | ${s.peakMiB.toFixed(0)} MiB | ${s.peakMiB < 1024 ? 'yes' : '**no**'} | ${s.created.toLocaleString('en-US')} | ${s.updated.toLocaleString('en-US')} | ${s.unchanged.toLocaleString('en-US')} |`),
].join('\n');
console.log(table);
if (options.out) writeBetweenMarkers(options.out, 'import', table);
