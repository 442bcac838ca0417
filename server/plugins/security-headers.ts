import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * What the built client needs and nothing more: its own scripts and styles (Vite emits no
 * inline ones; Solid sets styles through the CSSOM, which CSP does not restrict), images of
 * its own and data: URLs (the QR code and the favicon), fetch and Socket.IO to its own origin
 * ('self' covers ws: and wss: there in current browsers; Safari before 16 falls back to
 * long-polling).
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
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
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      strictTransportSecurity: false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      // Headers for Internet Explorer, Flash and the retired XSS auditor: bytes on every answer
      // (the phone's first-load budget counts headers) that no current browser reads.
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
      xDnsPrefetchControl: false,
    });
  },
  { name: 'security-headers' },
);
