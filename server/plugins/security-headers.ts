import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * What the built client needs and nothing more. default-src 'self' stands for script-src,
 * style-src, connect-src and the other fetch directives, without 'unsafe-inline': scripts and
 * styles from the app's own files only (Vite emits no inline ones; Solid sets styles through
 * the CSSOM, which CSP does not restrict), fetch and Socket.IO to its own origin ('self' covers
 * ws: and wss: there in current browsers; Safari before 16 falls back to long-polling). The
 * policy travels on every answer, so it says no more than it must: every byte of it is paid
 * some eight times by a phone's first load.
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
 * Security headers on every answer: pages, assets, the API and its errors. No HSTS and no
 * upgrade-insecure-requests: a plain-HTTP install on a venue's network must keep working, and
 * behind a TLS proxy HSTS is the proxy's to send (docs/security.md).
 */
export default fp(
  async function securityHeadersPlugin(app: FastifyInstance) {
    // Helmet works out its headers once, here; @fastify/helmet built them anew for every
    // request, 8 % of the server's time when phones fetch snapshots.
    const setHeaders = helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'no-referrer' },
      // frame-ancestors 'none' above says it for every browser that runs this app (they all
      // take CSP's word over X-Frame-Options), and Chromium keys agents by origin already:
      // 50 bytes less on every answer, which a phone's first load pays eight times.
      xFrameOptions: false,
      originAgentCluster: false,
      // Headers for Internet Explorer, Flash and the retired XSS auditor: bytes on every answer
      // (the phone's first-load budget counts headers) that no current browser reads.
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
      xDnsPrefetchControl: false,
    });
    app.addHook('onRequest', (request, reply, done) => {
      setHeaders(request.raw, reply.raw, () => done());
    });
  },
  { name: 'security-headers' },
);
