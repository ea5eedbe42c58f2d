// GraphiQL with the example operations of schema/operations/ as tabs and a headers editor for the token.
import { token } from './api.js';

const host = document.getElementById('graphiql');

async function exampleOperations() {
  try {
    const response = await fetch('/workbench/operations.json');
    return response.ok ? await response.json() : [];
  } catch {
    return [];
  }
}

const operations = await exampleOperations();
const bearer = token.get();
const headers = JSON.stringify(bearer ? { Authorization: `Bearer ${bearer}` } : {}, null, 2);

const sendToServer = GraphiQL.createFetcher({
  url: '/graphql',
  // GET queries must carry it (a cross-site request forgery guard); harmless on POST.
  headers: { 'GraphQL-Require-Preflight': '1' },
});

/** The operation to run: GraphiQL 3 may keep the operation name of the tab shown before, which this document lacks. */
function operationName(query, chosen) {
  try {
    const names = GraphiQL.GraphQL.parse(query).definitions
      .filter((definition) => definition.kind === 'OperationDefinition')
      .map((definition) => definition.name?.value);
    if (names.length === 1) return names[0];
    return names.includes(chosen) ? chosen : undefined;
  } catch {
    return chosen;
  }
}

const fetcher = (params, options) => sendToServer({ ...params, operationName: operationName(params.query, params.operationName) }, options);

const root = ReactDOM.createRoot(host);
root.render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultHeaders: headers,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
    defaultTabs: operations.length
      ? operations.map((operation) => ({ query: operation.query, headers }))
      : [{ query: '{ dashboard { institutions networks } }', headers }],
  }),
);

// GraphiQL's editors are CodeMirror instances whose hidden text areas carry no label: name them for screen readers.
function labelEditors() {
  for (const area of host.querySelectorAll('.CodeMirror textarea:not([aria-label])')) {
    const tool = area.closest('.graphiql-editor-tool');
    const label = area.closest('.graphiql-query-editor') ? 'Query'
      : area.closest('.result-window') ? 'Response'
        : tool ? ([...tool.querySelectorAll('.graphiql-editor')].indexOf(area.closest('.graphiql-editor')) === 0 ? 'Variables' : 'Headers')
          : 'Editor';
    area.setAttribute('aria-label', label);
  }
}
new MutationObserver(labelEditors).observe(host, { childList: true, subtree: true });
