// Live updates: GraphQL subscriptions over this host's WebSocket (graphql-transport-ws, the protocol of the graphql-ws
// library, whose UMD build gives the global `graphqlWs`). They only add to a page: without a WebSocket, or without
// the library, the page works as it did before, from its queries.
import { t } from './i18n.js';
import { languageHeaders } from './api.js';

/** The WebSocket address of this host's /graphql, secure when the page is. */
export const socketUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/**
 * The connection_init payload: a WebSocket carries no headers, so the token (anonymous without one) and the page's
 * language, in which the pushed answers name things, go in its first message.
 */
export const connectionParams = (authorization) => ({ ...languageHeaders(), ...(authorization ? { Authorization: authorization } : {}) });

/** Whether this browser can follow anything live. */
export const liveAvailable = () => typeof graphqlWs !== 'undefined' && typeof WebSocket !== 'undefined';

/** The close code of the service when it refuses a connection's token, or the token expires: trying again cannot help. */
const tokenRefused = 4403;

/** 1, 2, 4 … seconds between attempts, never more than 30, with jitter so that many pages do not return at once. */
function retryWait(retries) {
  const seconds = Math.min(2 ** retries, 30);
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000 + Math.random() * 1000));
}

/** Writes a state into the indicator (a polite live region), only when it changes, so a reconnecting loop says it once. */
function show(indicator, state) {
  if (!indicator || indicator.dataset.state === state) return;
  indicator.dataset.state = state;
  indicator.textContent = state === 'idle' ? '' : t(`common.live.${state}`);
}

/**
 * Follows a subscription, acting for the bearer token (anonymous without one), until the returned function is
 * called. `next` gets each event's data; `reconnected` runs when the connection came back after a loss, to catch up
 * on what changed meanwhile (these subscriptions start from now). graphql-ws reconnects on its own, without end,
 * unless the token is refused. A stream the service completes (it does when it stops) is subscribed again; one it
 * ends with errors (a refusal, or a failed read of its change feed) stays ended and says so.
 */
export function follow(query, { bearer, indicator, next, reconnected = () => {} }) {
  if (!liveAvailable()) return () => {};
  let following = true;
  const client = graphqlWs.createClient({
    url: socketUrl(),
    connectionParams: () => connectionParams(bearer ? `Bearer ${bearer}` : ''),
    retryAttempts: Infinity,
    shouldRetry: (failure) => failure?.code !== tokenRefused,
    retryWait,
    on: {
      connected: (socket, payload, wasRetry) => {
        if (!following) return;
        show(indicator, 'live');
        if (wasRetry) reconnected();
      },
      closed: () => following && show(indicator, 'offline'),
    },
  });
  const subscribe = () => client.subscribe({ query }, {
    next: (result) => following && result.data && next(result.data),
    error: () => {
      // Set before the client closes its now unused socket, so that the indicator does not say "reconnecting".
      following = false;
      show(indicator, 'ended');
      client.dispose();
    },
    complete: () => {
      if (following) unsubscribe = subscribe();
    },
  });
  let unsubscribe = subscribe();
  return () => {
    following = false;
    unsubscribe();
    client.dispose();
    show(indicator, 'idle');
  };
}
