// The graphql-js reference: graphql-http's handler on Node's own HTTP server, the schema built once.
// Prints "ready N" (the institutions copied) once it listens on 127.0.0.1.
import http from 'node:http';
import { makeExecutableSchema } from './schema.mjs';
import { createHandler } from 'graphql-http/lib/use/http';
import { copyInstitutions, peerArgs, resolvers, typeDefs } from './institutions.mjs';

const args = peerArgs(process.argv.slice(2));
const byId = await copyInstitutions(args.source, args.token);
const handler = createHandler({ schema: makeExecutableSchema(typeDefs, resolvers(byId)) });
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/graphql')) handler(req, res);
  else { res.writeHead(404).end(); }
});
server.listen(args.port, '127.0.0.1', () => console.log(`ready ${byId.size}`));
