// GraphiQL with the example operations of schema/operations/ as tabs and a headers editor for the token.
// Queries and mutations go over HTTP; subscriptions over this host's WebSocket.
import { token, languageHeaders } from './api.js';
import { socketUrl, connectionParams, liveAvailable } from './live.js';
import { t } from './i18n.js';

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

/** The Authorization of the headers editor (in any letter case), else the stored token's; empty for anonymous. */
function authorization(requestHeaders = {}) {
  const name = Object.keys(requestHeaders).find((key) => key.toLowerCase() === 'authorization');
  if (name) return requestHeaders[name];
  const stored = token.get();
  return stored ? `Bearer ${stored}` : '';
}

// The editor's headers come with each request, but a WebSocket acts for the token of its connection_init: so each
// Authorization gets a fetcher with a WebSocket client of its own. A client opens its socket only while a
// subscription runs on it, so the ones kept here for other tokens hold nothing open.
const fetchers = new Map();

function fetcherFor(authorizationValue) {
  if (!fetchers.has(authorizationValue)) {
    fetchers.set(authorizationValue, GraphiQL.createFetcher({
      url: '/graphql',
      // GET queries must carry it (a cross-site request forgery guard); harmless on POST.
      // The page's language too, so that names come back in it (on GET and POST alike).
      headers: { 'GraphQL-Require-Preflight': '1', ...languageHeaders() },
      wsClient: liveAvailable()
        ? graphqlWs.createClient({ url: socketUrl(), connectionParams: () => connectionParams(authorizationValue) })
        : undefined,
    }));
  }
  return fetchers.get(authorizationValue);
}

/** The operation to run: GraphiQL 3 may keep the operation name of the tab shown before, which this document lacks. */
function operationName(document, chosen) {
  const names = document.definitions
    .filter((definition) => definition.kind === 'OperationDefinition')
    .map((definition) => definition.name?.value);
  if (names.length === 1) return names[0];
  return names.includes(chosen) ? chosen : undefined;
}

/**
 * Runs the text as sent. GraphiQL 3 parses the editor's text a moment after an edit, and the fetcher picks HTTP or
 * the WebSocket from that parsed document: a subscription run just after an edit would go over HTTP and be refused.
 */
function fetcher(params, options) {
  const send = fetcherFor(authorization(options?.headers));
  let document;
  try {
    document = GraphiQL.GraphQL.parse(params.query);
  } catch {
    return send(params, options);
  }
  return send({ ...params, operationName: operationName(document, params.operationName) }, { ...options, documentAST: document });
}

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
    const editor = area.closest('.graphiql-query-editor') ? 'query'
      : area.closest('.result-window') ? 'response'
        : tool ? ([...tool.querySelectorAll('.graphiql-editor')].indexOf(area.closest('.graphiql-editor')) === 0 ? 'variables' : 'headers')
          : 'other';
    area.setAttribute('aria-label', t(`ide.editor.${editor}`));
  }
}
new MutationObserver(labelEditors).observe(host, { childList: true, subtree: true });
