// The fastest common Node.js stack: Fastify 5 with Mercurius 16, queries compiled by graphql-jit from their first
// use (jit: 1) and parsed documents cached (cache: true). Prints "ready N" once it listens on 127.0.0.1.
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { copyInstitutions, peerArgs, resolvers, typeDefs } from './institutions.mjs';

const args = peerArgs(process.argv.slice(2));
const byId = await copyInstitutions(args.source, args.token);
const app = Fastify({ logger: false });
app.register(mercurius, { schema: typeDefs, resolvers: resolvers(byId), jit: 1, cache: true, path: '/graphql' });
await app.listen({ port: args.port, host: '127.0.0.1' });
console.log(`ready ${byId.size}`);
