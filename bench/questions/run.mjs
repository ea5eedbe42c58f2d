#!/usr/bin/env node
// The questions of issue 17 at scale: on a synthetic graph (10,000 institutions by default), the time of whatIf
// removing the strongest broker, of brokerageRoles top 10, and of questions as of a past date once 200 referrals are
// dated (the analysis of that date patched from today's), each the first time (cold: computed on the request's
// analysis) and then again (warm), with the result cache off so that every answer is computed, not replayed.
// Printed as a table and written into docs/benchmarks.md between <!-- questions:begin --> and <!-- questions:end -->.
//
//   node bench/questions/run.mjs [--institutions 10000] [--repeat 10] [--out docs/benchmarks.md | --no-out]
import { graphql, log, machine, prepare, start, token, workspace, writeBetweenMarkers } from '../lib/service.mjs';

const options = { institutions: 10000, repeat: 10, out: 'docs/benchmarks.md' };
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i];
  if (flag === '--no-out') options.out = null;
  else if (flag === '--out') options.out = process.argv[++i];
  else if (['--institutions', '--repeat'].includes(flag)) options[flag.slice(2)] = Number(process.argv[++i]);
  else throw new Error(`unknown option ${flag}`);
}

/** The data of one answer and how long it took, from sending the request to the end of the answer. */
async function timed(url, bearer, query, variables = {}) {
  const begin = performance.now();
  const { data } = await graphql(url, bearer, query, variables);
  return { data, ms: performance.now() - begin };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

const temp = workspace('networkgraph-questions-bench-');
const { app, seedFile } = prepare(options.institutions);
const server = await start(app, 'questions.db', [`--Seed:Directory=${temp}`, `--Seed:Files=${seedFile}`, '--Auth:AllowAnonymousRead=true',
  '--GraphQL:Limits:RateLimit:Enabled=false', '--ResultCache:Enabled=false'], 900);
const rows = [];
try {
  const reader = token(app, 'reader');
  // The first analysis and ranking, so that what is timed is the question, not the start.
  const broker = (await graphql(server.url, reader, '{ brokers(top: 1) { institution { id name } } }')).data.brokers[0].institution;
  log(`strongest broker: ${broker.id} (${broker.name})`);
  // 200 referrals that held only in 2020 and 2021: as of 2021-01-01 the graph differs from today's at 400 ends.
  const coordinator = token(app, 'coordinator');
  const ids = [];
  for (let after = null; ids.length < 400;) {
    const page = (await graphql(server.url, reader, 'query($after: String) { institutions(first: 100, after: $after) { nodes { id } pageInfo { endCursor } } }', { after })).data.institutions;
    ids.push(...page.nodes.map((n) => n.id));
    after = page.pageInfo.endCursor;
  }
  for (let i = 0; i < 200; i++) {
    await graphql(server.url, coordinator, `mutation($from: ID!, $to: ID!) { putReferral(input: { fromId: $from, toId: $to,
      validFrom: "2020-01-01", validTo: "2022-01-01", sources: [{ title: "Benchmark referral" }] }) { id } }`, { from: ids[i], to: ids[399 - i] });
  }
  await graphql(server.url, reader, '{ brokers(top: 1) { institution { id } } }');
  const asked = {
    'coverageGaps(asOf: 2021-01-01)': ['{ coverageGaps(asOf: "2021-01-01") { kind theme { id } } }', {}],
    'brokers(top: 10, asOf: 2021-01-01)': ['{ brokers(top: 10, asOf: "2021-01-01") { institution { id } betweenness } }', {}],
    'changes(2019-01-01 to 2023-01-01)': ['{ changes(from: "2019-01-01", to: "2023-01-01") { on kind from { id } to { id } } }', {}],
    'brokerageRoles(top: 10)': ['{ brokerageRoles(top: 10) { institution { id } total zScores { total } } }', {}],
    'whatIf(remove: [strongest broker])': ['query($id: ID!) { whatIf(remove: [$id]) { lostPairs componentsAfter isolated { id } newGaps { kind } cutPathways { length } } }', { id: broker.id }],
    'whatIf, with brokersAfter(top: 5)': ['query($id: ID!) { whatIf(remove: [$id]) { lostPairs brokersAfter(top: 5) { betweenness } } }', { id: broker.id }],
  };
  for (const [name, [query, variables]] of Object.entries(asked)) {
    const cold = (await timed(server.url, reader, query, variables)).ms;
    const warm = [];
    for (let i = 0; i < options.repeat; i++) warm.push((await timed(server.url, reader, query, variables)).ms);
    rows.push([name, cold, median(warm), Math.max(...warm)]);
    log(`${name}: cold ${fmt(cold)}, warm median ${fmt(median(warm))}`);
  }
} finally {
  server.stop();
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; \`node bench/questions/run.mjs --institutions ${options.institutions} --repeat ${options.repeat}\` (Release build, SQLite, result cache off).`,
  '',
  `| Question (${options.institutions.toLocaleString('en')} institutions) | first ask | then (median of ${options.repeat}) | then (max) |`,
  '|---|---:|---:|---:|',
  ...rows.map(([name, cold, warm, max]) => `| \`${name}\` | ${fmt(cold)} | ${fmt(warm)} | ${fmt(max)} |`),
].join('\n');
console.log(table);
if (options.out) writeBetweenMarkers(options.out, 'questions', table);
