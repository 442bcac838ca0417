/**
 * Module hooks for the socket workers: socket.io-client, engine.io-client and socket.io-parser
 * resolve to their plain builds instead of the `debug`-instrumented ones Node gets by default.
 * The code is the same but for the logging calls, which one core playing 2,000 phones pays for
 * on every packet.
 */
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  return resolved.url.includes('/build/esm-debug/')
    ? { ...resolved, url: resolved.url.replace('/build/esm-debug/', '/build/esm/') }
    : resolved;
}
