// The workbench's only way to the data: the public GraphQL API of this host, over POST.
import { lang, t, has } from './i18n.js';

const tokenKey = 'networkgraph.token';

export const token = {
  get: () => sessionStorage.getItem(tokenKey) ?? '',
  set: (value) => {
    const trimmed = value.trim().replace(/^Bearer\s+/i, '');
    if (trimmed) sessionStorage.setItem(tokenKey, trimmed);
    else sessionStorage.removeItem(tokenKey);
  },
};

/**
 * An error the API returned, with its stable code (extensions.code) and the rest of its extensions: the API's
 * message stays English, so a page explains an error in its own language from these.
 */
export class GraphQLError extends Error {
  constructor(message, code, status, extensions = {}) {
    super(message);
    this.code = code;
    this.status = status;
    this.extensions = extensions;
  }
}

/** Headers for every request to this host: names come back in the page's language where the API has them. */
export const languageHeaders = () => ({ 'Accept-Language': lang });

/**
 * The graph version after this page's last write (a mutation's extensions.graphVersion). Graph questions answer from
 * an analysis that may trail the graph by a moment: pass this as their minVersion to see your own write.
 */
export let ownWriteVersion = null;

/** Runs a document; resolves to its data, rejects with a GraphQLError. */
export async function graphql(query, variables = {}, { useToken = true } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...languageHeaders() };
  const bearer = useToken ? token.get() : '';
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new GraphQLError(t('common.error.NETWORK'), 'NETWORK', 0);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(t('common.error.BAD_RESPONSE', { status: response.status }), 'BAD_RESPONSE', response.status);
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new GraphQLError(first.message, first.extensions?.code ?? 'ERROR', response.status, first.extensions ?? {});
  }
  const written = body.extensions?.graphVersion;
  if (Number.isInteger(written) && (ownWriteVersion === null || written > ownWriteVersion)) ownWriteVersion = written;
  return body.data;
}

/**
 * Words for the codes an ordinary user may meet, in the page's language; the API's own message otherwise (a bad input's
 * message names the field and the rule, which no general sentence can).
 */
export function explain(error) {
  const key = `common.error.${error.code}`;
  return has(key) ? t(key, { status: error.status }) : error.message;
}

export const levels = ['MUNICIPAL', 'PROVINCIAL', 'REGIONAL', 'NATIONAL', 'EUROPEAN', 'INTERNATIONAL'];

export const kinds = [
  'PUBLIC_AUTHORITY', 'PUBLIC_SERVICE', 'NGO', 'DIASPORA_ASSOCIATION', 'ACADEMIA',
  'SOCIAL_ENTERPRISE', 'INTERNATIONAL_ORGANISATION', 'PRIVATE_SECTOR',
];

/** Builds an element: el('p', { class: 'x' }, 'text', child). Text is never parsed as HTML. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}
