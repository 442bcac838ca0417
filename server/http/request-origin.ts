import type { FastifyRequest } from 'fastify';

/** A host name, IPv4 or [IPv6] address with an optional port: nothing else goes into a URL. */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * `https://host` of the server the client asked, for links that leave the page (calendar
 * entries, feed URLs); null when the Host header is not a plain host: it is the client's to
 * set, and would end up in a file or a snapshot.
 */
export function requestOrigin(request: FastifyRequest): string | null {
  return HOST.test(request.host) ? `${request.protocol}://${request.host}` : null;
}
