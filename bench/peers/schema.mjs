// An executable graphql-js schema from type definitions and resolvers, without another dependency: the resolvers of
// Query's fields are set on the built schema; every other field keeps graphql-js's default resolver.
import { buildSchema } from 'graphql';

export function makeExecutableSchema(typeDefs, resolvers) {
  const schema = buildSchema(typeDefs);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    for (const [fieldName, resolve] of Object.entries(fields)) type.getFields()[fieldName].resolve = resolve;
  }
  return schema;
}
