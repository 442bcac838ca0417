import proxyAddr from '@fastify/proxy-addr';
import { normalizeIP } from '@fastify/rate-limit';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The TRUST_PROXY setting: off, every hop (`true`), or the proxies' addresses and subnets
 * (`127.0.0.1`, `10.0.0.0/8`, `loopback`, …), whose X-Forwarded-For is then believed.
 */
export type TrustProxy = boolean | string[];
export type TrustFunction = (address: string, hop: number) => boolean;

const NAMED_SUBNETS = ['loopback', 'linklocal', 'uniquelocal'];

/** Reads TRUST_PROXY; throws on anything else, hop counts included (Fastify 5 ignores them). */
export function parseTrustProxy(value: string): TrustProxy {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  const list = v.split(',').map((s) => s.trim());
  for (const entry of list) {
    const [address = '', mask, ...rest] = entry.split('/');
    const named = NAMED_SUBNETS.includes(entry);
    const masked = mask === undefined || /^\d+$/.test(mask) || isIP(mask) !== 0;
    // proxy-addr would also take `1` (as 0.0.0.1): a hop count must not pass as an address.
    if (!named && (isIP(address) === 0 || !masked || rest.length > 0)) {
      throw new Error(`"${entry}" is not an address, a subnet or one of ${NAMED_SUBNETS}`);
    }
  }
  proxyAddr.compile(list);
  return list;
}

export function trustFunction(trust: TrustProxy): TrustFunction {
  if (trust === true) return () => true;
  if (trust === false) return () => false;
  return proxyAddr.compile(trust);
}

/** Where a request came from, as Fastify's request.ip says it: for Socket.IO's handshakes. */
export function clientAddress(req: IncomingMessage, trust: TrustFunction): string {
  return proxyAddr(req, trust);
}

/** One key per client: an IPv4-mapped address as IPv4, IPv6 by its /64 (one home or phone). */
export const clientKey = (address: string): string => normalizeIP(address);
