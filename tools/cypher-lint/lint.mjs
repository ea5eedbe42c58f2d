// Lints Cypher statements with Neo4j's own front end (parser and semantic analysis), offline.
// Reads a JSON list of {name, statement, parameters: [names]} on stdin and prints, as JSON, each
// statement's name with its diagnostics; the caller decides what fails. Parameters are declared so
// that an undeclared one is reported while a declared one is not.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const input = await new Promise((resolve, reject) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => resolve(text));
  process.stdin.on('error', reject);
});

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

const results = JSON.parse(input).map(({ name, statement, parameters }) => {
  const dbSchema = { parameters: Object.fromEntries((parameters ?? []).map((parameter) => [parameter, null])) };
  const { diagnostics } = lintCypherQuery(statement, dbSchema);
  return {
    name,
    diagnostics: diagnostics.map((diagnostic) => ({
      severity: severities[diagnostic.severity] ?? String(diagnostic.severity),
      message: diagnostic.message,
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
    })),
  };
});

process.stdout.write(JSON.stringify(results));
