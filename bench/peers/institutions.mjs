// What both peers serve: the institutions with their memberships, copied from a running NetworkGraph service at
// start, and the schema and resolvers of the one query they answer (schema/operations/InstitutionMemberships.graphql).
// Enumerations are served as strings: the answer's JSON is the same.

export const typeDefs = `
  type Query { institution(id: ID!): Institution }
  type Institution { id: ID! name: String! level: String! memberships: [Membership!]! }
  type Membership { role: String! network: Network! }
  type Network { id: ID! name: String! kind: String! cadence: String }
`;

const page = `query Copy($after: String) {
  institutions(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name level memberships { role network { id name kind cadence } } }
  }
}`;

/** Every institution of the service at `source`, by id, read page by page. */
export async function copyInstitutions(source, token) {
  const byId = new Map();
  let after = null;
  for (;;) {
    const response = await fetch(`${source}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: page, variables: { after } }),
    });
    const body = await response.json();
    if (!response.ok || body.errors) throw new Error(`copying institutions failed: ${response.status} ${JSON.stringify(body.errors ?? body)}`);
    const { nodes, pageInfo } = body.data.institutions;
    for (const node of nodes) byId.set(node.id, node);
    if (!pageInfo.hasNextPage) return byId;
    after = pageInfo.endCursor;
  }
}

/** Resolvers over the copied institutions: the default field resolvers read the rest from the objects. */
export function resolvers(byId) {
  return { Query: { institution: (_, { id }) => byId.get(id) ?? null } };
}

/** The command line every peer takes: --source URL --port N [--token T]. */
export function peerArgs(argv) {
  const args = { source: null, port: null, token: null };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--source') args.source = value;
    else if (flag === '--port') args.port = Number(value);
    else if (flag === '--token') args.token = value;
    else throw new Error(`unknown option ${flag}`);
  }
  if (!args.source || !Number.isInteger(args.port)) throw new Error('usage: --source URL --port N [--token T]');
  return args;
}
