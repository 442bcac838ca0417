import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';

/**
 * Fastify compiles a serializer for every response schema of every route and status code: 170
 * for our routes, of only 19 distinct schemas (ErrorBodySchema alone answers five codes on every
 * route). Compiled serializers were the largest part of an idle server's heap, so each schema is
 * compiled once and shared by every route that answers with it. Response schemas are constants
 * in shared/schemas and never change, so the schema object itself is the key.
 */
export function sharedSerializerCompiler(): FastifySerializerCompiler<unknown> {
  const compiled = new WeakMap<object, (data: unknown) => string>();
  return ({ schema }) => {
    const key = schema as object;
    let serialize = compiled.get(key);
    if (!serialize) {
      serialize = fastJson(key);
      compiled.set(key, serialize);
    }
    return serialize;
  };
}
