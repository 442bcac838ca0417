import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { SYNCHRONOUS_MODES } from './db/client';
import { parseTrustProxy } from './guard/client-address';
import { DEFAULT_FRAME_OPTIONS } from './live/fact-frames';

/** The one description of the configuration; its type is derived from it. */
export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ default: '0.0.0.0' }),
  DATABASE_PATH: Type.String({ minLength: 1, default: './data/knyta.db' }),
  DATABASE_SYNCHRONOUS: Type.Union(
    SYNCHRONOUS_MODES.map((m) => Type.Literal(m)),
    { default: 'normal' },
  ),
  CLIENT_DIR: Type.String({ default: './dist/client' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  LIVE_FRAME_MS: Type.Integer({
    minimum: 10,
    maximum: 1000,
    default: DEFAULT_FRAME_OPTIONS.windowMs,
    description: 'Least time between two live frames to one audience under load',
  }),
  HELPER_THREAD_NICE: Type.Integer({
    minimum: 0,
    maximum: 19,
    default: 19,
    description:
      "Nice value of the server's helper threads (V8's, libuv's, the checkpoint thread) on Linux, so that they use the event loop's idle time; 0 leaves them alone",
  }),
  TRUST_PROXY: Type.String({
    default: '',
    description:
      "Whose X-Forwarded-For gives the client address (for rate limits): the TLS proxy's address(es) or subnets, comma-separated (loopback, 10.0.0.0/8, …), true for every hop, empty for nobody",
  }),
  METRICS: Type.Boolean({
    default: false,
    description:
      'Serve GET /api/metrics (RSS, heap, sockets, event-loop delay) for benchmarks: 1/true or 0/false',
  }),
});
export type Config = Static<typeof ConfigSchema>;

export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.fromEntries(
    Object.keys(ConfigSchema.properties)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const value = Value.Default(ConfigSchema, Value.Convert(ConfigSchema, known));
  if (!Value.Check(ConfigSchema, value)) {
    const first = [...Value.Errors(ConfigSchema, value)][0];
    throw new Error(`Bad configuration: ${first?.path.slice(1)} ${first?.message}`);
  }
  try {
    parseTrustProxy(value.TRUST_PROXY);
  } catch (err) {
    throw new Error(`Bad configuration: TRUST_PROXY ${(err as Error).message}`);
  }
  return value;
}
