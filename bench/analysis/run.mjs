#!/usr/bin/env node
// Analysis under writes (issue 15): one instance of the Release build on a synthetic graph, readers asking the nine
// graph questions in a loop while one writer adds a referral (a new coordination link: a full rebuild and new
// betweenness) at a steady rate. Measured: each question's latency, how long after its commit each write is
// reflected in the analysis (`analysis.analysedVersion`) and in the broker ranking (`analysis.betweenness.version`),
// and the server's resident memory. Printed as a table and written into docs/benchmarks.md between
// <!-- analysis:begin --> and <!-- analysis:end -->.
//
//   node bench/analysis/run.mjs [--sizes 10000,100000] [--rate 10] [--seconds 60] [--readers 4] [--no-restart] [--out docs/benchmarks.md | --no-out]
//
// The server that seeds the graph is stopped once it is ready and a new one started on the same data, as a deployed
// service starts: the one-off cost of parsing the seed is not the steady state measured (--no-restart measures the
// process that seeded).
//
// Loopback only; every server is killed by its pid on exit, failure or Ctrl-C.
import fs from 'node:fs';
import path from 'node:path';
import { graphql, log, machine, prepare, rssKiB, sleep, start, token, workspace, writeBetweenMarkers } from '../lib/service.mjs';

const options = { sizes: [10000, 100000], rate: 10, seconds: 60, readers: 4, out: 'docs/benchmarks.md', restart: true };
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i];
  if (flag === '--no-out') options.out = null;
  else if (flag === '--no-restart') options.restart = false;
  else if (flag === '--out') options.out = process.argv[++i];
  else if (flag === '--sizes') options.sizes = process.argv[++i].split(',').map(Number);
  else if (['--rate', '--seconds', '--readers'].includes(flag)) options[flag.slice(2)] = Number(process.argv[++i]);
  else { console.error(`unknown argument '${flag}'`); process.exit(2); }
}

const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => (Number.isNaN(value) ? '–' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);

function idsOf(file) {
  const graph = JSON.parse(fs.readFileSync(file, 'utf8'));
  const institutions = graph.nodes.filter((n) => n.label === 'Institution').map((n) => n.id);
  const feedback = graph.nodes.find((n) => n.label === 'FeedbackItem').id;
  // The territory most institutions are located in directly: the largest restricted scope of the brokers.
  const located = new Map();
  for (const r of graph.relationships) if (r.type === 'LOCATED_IN') located.set(r.to, (located.get(r.to) ?? 0) + 1);
  const territory = [...located.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return { institutions, feedback, territory };
}

const questions = (ids) => ({
  coordination: ['query($id: ID!) { coordination(institutionId: $id, depth: 2) { distance institution { id } } }', () => ({ id: ids.institutions[0] })],
  path: ['query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length hops { kind from { id } to { id } } } }',
    () => ({ from: ids.institutions[0], to: ids.institutions[ids.institutions.length - 1] })],
  coverageGaps: ['{ coverageGaps { theme { id } kind severity levels } }', () => ({})],
  coordinationMatrix: ['{ coordinationMatrix { eiIndex cells { from to links } } }', () => ({})],
  feedbackTrace: ['query($id: ID!) { feedbackTrace(id: $id) { loopClosed levelsTraversed steps { kind at } } }', () => ({ id: ids.feedback })],
  dashboard: ['{ dashboard { institutions networks feedbackItems gapsBySeverity { key count } } }', () => ({})],
  brokers: ['{ brokers(top: 10) { betweenness degree institution { id } } }', () => ({})],
  'brokers(via)': ['{ brokers(top: 10, via: [REFERRAL, FUNDING]) { betweenness institution { id } } }', () => ({})],
  'brokers(territory)': ['query($t: ID!) { brokers(top: 10, territory: $t) { betweenness institution { id } } }', () => ({ t: ids.territory })],
});

async function measureSize(app, temp, seedFile, institutions) {
  const settings = [`--Seed:Directory=${temp}`, `--Seed:Files=${seedFile}`, '--Auth:AllowAnonymousRead=true',
    '--GraphQL:Limits:RateLimit:Enabled=false', '--Logging:LogLevel:NetworkGraph.Api.Analysis=Debug'];
  const logFile = path.join(temp, `server-${institutions}.log`);
  let server = await start(app, `analysis-${institutions}.db`, settings, 900, { logFile });
  if (options.restart) {
    // Seeding is done once, in the first process; a deployed service starts on its data: measure one that did.
    server.stop();
    server = await start(app, `analysis-${institutions}.db`, settings, 900, { logFile });
  }
  try {
    const reader = token(app, 'reader');
    const coordinator = token(app, 'coordinator');
    const ids = idsOf(path.join(temp, seedFile));
    const asked = questions(ids);
    // Wait for the first analysis and ranking, so the run measures steady state.
    const first = Date.now();
    const status = (await graphql(server.url, reader, '{ analysis { analysedVersion graphVersion betweenness { version exact samples } } }')).data.analysis;
    log(`first analysis and ranking ready after ${((Date.now() - first) / 1000).toFixed(1)} s more:`, JSON.stringify(status));
    const latencies = Object.fromEntries(Object.keys(asked).map((name) => [name, []]));
    const commits = new Map(); // version -> commit time
    const reflected = { analysis: [], brokers: [] };
    const errors = [];
    let pendingAnalysis = [];
    let pendingBrokers = [];
    const rss = [];
    let stop = false;
    const ends = Date.now() + options.seconds * 1000;

    const sampler = setInterval(() => { try { rss.push(rssKiB(server.pid)); } catch { /* exiting */ } }, 500);
    const readers = Array.from({ length: options.readers }, async (_, r) => {
      const names = Object.keys(asked);
      for (let i = r; !stop; i++) {
        const name = names[i % names.length];
        const [query, variables] = asked[name];
        const begin = performance.now();
        try { await graphql(server.url, reader, query, variables()); latencies[name].push(performance.now() - begin); } catch (error) { errors.push(`${name}: ${error.message}`); }
      }
    });
    const prober = (async () => {
      while (!stop) {
        const now = Date.now();
        try {
          const { analysedVersion, betweenness } = (await graphql(server.url, reader, '{ analysis { analysedVersion betweenness { version } } }')).data.analysis;
          pendingAnalysis = pendingAnalysis.filter((v) => (v <= analysedVersion ? (reflected.analysis.push(now - commits.get(v)), false) : true));
          pendingBrokers = pendingBrokers.filter((v) => (v <= betweenness.version ? (reflected.brokers.push(now - commits.get(v)), false) : true));
        } catch (error) { errors.push(`probe: ${error.message}`); }
        await sleep(10);
      }
    })();
    let writes = 0;
    while (Date.now() < ends) {
      const next = Date.now() + 1000 / options.rate;
      const a = ids.institutions[Math.floor(Math.random() * ids.institutions.length)];
      const b = ids.institutions[Math.floor(Math.random() * ids.institutions.length)];
      if (a !== b) {
        try {
          const body = await graphql(server.url, coordinator, 'mutation($a: ID!, $b: ID!) { putReferral(input: { fromId: $a, toId: $b }) { id } }', { a, b });
          const version = body.extensions.graphVersion;
          commits.set(version, Date.now());
          pendingAnalysis.push(version);
          pendingBrokers.push(version);
          writes++;
        } catch (error) { errors.push(`write: ${error.message}`); }
      }
      await sleep(Math.max(0, next - Date.now()));
    }
    // Let the last writes be reflected (bounded), then stop.
    const drain = Date.now() + 120_000;
    while ((pendingAnalysis.length || pendingBrokers.length) && Date.now() < drain) await sleep(100);
    stop = true;
    await Promise.all([...readers, prober]);
    clearInterval(sampler);
    const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
    console.error('resident memory every 2 s (MiB): ' + rss.filter((_, i) => i % 4 === 0).map((k) => Math.round(k / 1024)).join(' '));
    const quarter = Math.max(1, Math.floor(rss.length / 4));
    const phases = { load: [], build: [], prepare: [], rank: [], heap: [], whole: 0 };
    for (const line of fs.readFileSync(path.join(temp, `server-${institutions}.log`), 'utf8').split('\n')) {
      const built = /Analysed version \d+: load (\d+) ms, build (\d+) ms, gaps and dashboard (\d+) ms/.exec(line);
      if (built) ['load', 'build', 'prepare'].forEach((phase, i) => phases[phase].push(Number(built[i + 1])));
      if (/snapshot patched: False/.test(line)) phases.whole++; // the whole graph read and built, not patched
      const heap = /managed heap (\d+) MiB/.exec(line);
      if (heap) phases.heap.push(Number(heap[1]));
      const ranked = /Ranked the brokers of version \d+ in (\d+) ms/.exec(line);
      if (ranked) phases.rank.push(Number(ranked[1]));
    }
    return {
      institutions, writes, errors, status, phases,
      rows: Object.entries(latencies).map(([name, values]) => [name, values.length, percentile(values, 50), percentile(values, 99), Math.max(...values)]),
      analysis: reflected.analysis, brokers: reflected.brokers, unreflected: { analysis: pendingAnalysis.length, brokers: pendingBrokers.length },
      rss: {
        peak: mib(Math.max(...rss)), firstQuarter: mib(percentile(rss.slice(0, quarter), 50)), lastQuarter: mib(percentile(rss.slice(-quarter), 50)),
        // Sampled every 500 ms: the median of each whole minute shows growth apart from the first minute's warm-up.
        byMinute: Array.from({ length: Math.floor(rss.length / 120) }, (_, m) => Math.round(percentile(rss.slice(m * 120, (m + 1) * 120), 50) / 1024)),
      },
    };
  } finally {
    server.stop();
  }
}

const temp = workspace('networkgraph-analysis-bench-');
const results = [];
let app = null;
for (const institutions of options.sizes) {
  const prepared = prepare(institutions);
  app = prepared.app;
  log(`measuring ${institutions} institutions: ${options.readers} readers, ${options.rate} writes/s for ${options.seconds} s`);
  results.push(await measureSize(app, temp, prepared.seedFile, institutions));
}

const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; \`node bench/analysis/run.mjs --sizes ${options.sizes.join(',')} --rate ${options.rate} --seconds ${options.seconds} --readers ${options.readers}${options.restart ? '' : ' --no-restart'}\`, `
    + (options.restart ? 'on a server started on the data another one seeded.' : 'on the server that seeded the data.'),
  '',
];
for (const r of results) {
  lines.push(`**${r.institutions.toLocaleString('en')} institutions**, ${r.writes} referrals written at ${options.rate}/s while ${options.readers} readers asked in a loop `
    + `(first ranking: ${r.status.betweenness.exact ? 'exact' : `sampled, ${r.status.betweenness.samples} samples`}):`, '',
  '| Question | Answers | p50 | p99 | max |', '|---|---:|---:|---:|---:|');
  for (const [name, count, p50, p99, max] of r.rows) lines.push(`| \`${name}\` | ${count} | ${ms(p50)} | ${ms(p99)} | ${ms(max)} |`);
  lines.push(`| write reflected in the analysis | ${r.analysis.length} | ${ms(percentile(r.analysis, 50))} | ${ms(percentile(r.analysis, 99))} | ${ms(Math.max(...r.analysis))} |`);
  lines.push(`| write reflected in the brokers | ${r.brokers.length} | ${ms(percentile(r.brokers, 50))} | ${ms(percentile(r.brokers, 99))} | ${ms(Math.max(...r.brokers))} |`);
  const phase = (name, label) => `${label} ${ms(percentile(r.phases[name], 50))} (p99 ${ms(percentile(r.phases[name], 99))})`;
  lines.push('', `Builds: ${r.phases.build.length} (${r.phases.whole} of them whole, the rest patched), each ${phase('load', 'snapshot load')}, ${phase('build', 'index and coordination graph')}, `
    + `${phase('prepare', 'gaps and dashboard')}; rankings: ${r.phases.rank.length}, each ${phase('rank', '')} (medians).`);
  const heapQuarter = Math.max(1, Math.floor(r.phases.heap.length / 4));
  lines.push('', `Resident memory: peak ${r.rss.peak}; median of the first quarter ${r.rss.firstQuarter}, of the last quarter ${r.rss.lastQuarter}. `
    + (r.rss.byMinute.length > 1 ? `Median of each minute: ${r.rss.byMinute.join(', ')} MiB. ` : '')
    + `Managed heap after each build (live objects and garbage not yet collected): median ${percentile(r.phases.heap, 50)} MiB, `
    + `largest ${Math.max(...r.phases.heap)} MiB, median of the last quarter ${percentile(r.phases.heap.slice(-heapQuarter), 50)} MiB. `
    + `Errors: ${r.errors.length}${r.errors.length ? ` (first: ${r.errors[0]})` : ''}; writes never reflected: ${r.unreflected.analysis} (analysis), ${r.unreflected.brokers} (brokers).`, '');
}
const table = lines.join('\n');
console.log(table);
if (options.out) writeBetweenMarkers(options.out, 'analysis', table);
