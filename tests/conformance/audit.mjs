// Runs graphql-http's GraphQL-over-HTTP audit against a running server and prints every result.
// Usage: node audit.mjs <url of /graphql>. Exits 1 when any MUST audit fails (status "error").
//
// Our endpoint refuses a GET without a GraphQL-Require-Preflight header: a browser can send a plain GET
// cross-site without a preflight, so that header is our guard against cross-site request forgery (a
// documented design decision, README "The API"). The audit's GET requests are sent the way our clients
// send them, with the header; everything else reaches the server exactly as the audit builds it.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('Usage: node audit.mjs <url>   (for example http://127.0.0.1:5080/graphql)');
  process.exit(2);
}

const fetchFn = (input, init = {}) => {
  const method = (init.method ?? 'GET').toUpperCase();
  if (method !== 'GET') return fetch(input, init);
  const headers = new Headers(init.headers);
  headers.set('GraphQL-Require-Preflight', '1');
  return fetch(input, { ...init, headers });
};

const results = await auditServer({ url, fetchFn });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] += 1;
  const line = `${result.status.toUpperCase().padEnd(6)} ${result.id} ${result.name}`;
  if (result.status === 'ok') {
    console.log(line);
  } else {
    let body = '';
    try {
      body = (await result.response.text()).slice(0, 300);
    } catch {
      // The body was already read by the audit.
    }
    console.log(`${line}\n       reason: ${result.reason}\n       status ${result.response.status}: ${body}`);
  }
}
console.log(`\n${results.length} audits: ${counts.ok} ok, ${counts.error} MUST failures, ${counts.warn} SHOULD warnings, ${counts.notice} notices`);
process.exit(counts.error > 0 ? 1 : 0);
