import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * What the built client needs and nothing more. default-src 'self' stands for script-src,
 * style-src, connect-src and the other fetch directives, without 'unsafe-inline': scripts and
 * styles from the app's own files only (Vite emits no inline ones; Solid sets styles through
 * the CSSOM, which CSP does not restrict), fetch and Socket.IO to its own origin ('self' covers
 * ws: and wss: there in current browsers; Safari before 16 falls back to long-polling). The
 * policy travels on every document, so it says no more than it must.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  // The QR code and the favicon are data: URLs.
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The API's policy: its answers are data, never a document that loads anything, so nothing is
 * allowed. It matters only when someone opens an API address in a tab.
 */
export const API_CONTENT_SECURITY_POLICY = {
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Which headers an answer needs, by what it is (see headerSetFor). */
export type HeaderSet = 'document' | 'api' | 'script-or-style';

/**
 * Documents (pages, the service worker, the manifest, icons: anything a browser may render or
 * run with a policy of its own) get the whole set. The API's JSON gets a policy that allows
 * nothing. The hashed scripts and styles under /assets/ get no policy, opener or referrer
 * policy: browsers apply those headers only to documents and workers, and the page that loads
 * these files brings its own. The bytes matter: a phone's first load is six such answers and the
 * budget counts headers.
 */
export function headerSetFor(url: string): HeaderSet {
  const path = url.split('?', 1)[0]!;
  if (path.startsWith('/api/')) return 'api';
  if (path.startsWith('/assets/') && /\.(?:js|css)$/.test(path)) return 'script-or-style';
  return 'document';
}

/** Headers for Internet Explorer, Flash and the retired XSS auditor: no current browser reads them. */
const RETIRED = {
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
  xDnsPrefetchControl: false,
  // frame-ancestors 'none' says it for every browser that runs this app (they all take CSP's
  // word over X-Frame-Options), and Chromium keys agents by origin already.
  xFrameOptions: false,
  originAgentCluster: false,
} as const;

/**
 * Security headers on every answer: pages, assets, the API and its errors. No HSTS and no
 * upgrade-insecure-requests: a plain-HTTP install on a venue's network must keep working, and
 * behind a TLS proxy HSTS is the proxy's to send (docs/security.md).
 */
export default fp(
  async function securityHeadersPlugin(app: FastifyInstance) {
    // Helmet works out its headers once, here; @fastify/helmet built them anew for every
    // request, 8 % of the server's time when phones fetch snapshots.
    const sets: Record<HeaderSet, ReturnType<typeof helmet>> = {
      document: helmet({
        ...RETIRED,
        contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
        strictTransportSecurity: false,
        referrerPolicy: { policy: 'no-referrer' },
      }),
      api: helmet({
        ...RETIRED,
        contentSecurityPolicy: { useDefaults: false, directives: API_CONTENT_SECURITY_POLICY },
        strictTransportSecurity: false,
        crossOriginOpenerPolicy: false,
        referrerPolicy: false,
      }),
      'script-or-style': helmet({
        ...RETIRED,
        contentSecurityPolicy: false,
        strictTransportSecurity: false,
        crossOriginOpenerPolicy: false,
        referrerPolicy: false,
      }),
    };
    app.addHook('onRequest', (request, reply, done) => {
      sets[headerSetFor(request.url)](request.raw, reply.raw, () => done());
    });
  },
  { name: 'security-headers' },
);
