import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RuntimeConfig } from '@bep/server/core/config';

/**
 * The one inline script the app's pages hold: the questionnaire's form library writes
 * `<form onsubmit="return false;">`. The policy allows that handler by the hash of its text alone
 * (`'unsafe-hashes'` extends hashes to event handlers, and only to those whose text has one), so
 * that the browser neither blocks it nor reports a violation on every questionnaire; any other
 * inline script or handler stays refused.
 */
const FORM_LIBRARY_SUBMIT_HANDLER = `'sha256-${createHash('sha256').update('return false;').digest('base64')}'`;

/**
 * Cookies, security headers, CORS and the rate-limit plugin. The content security policy allows only this origin
 * (and the form library's one inline handler, by its hash); inline styles are allowed because Angular Material sets style attributes. No page may frame the
 * app: CSP's `frame-ancestors 'none'` for browsers that read it, `X-Frame-Options: DENY` (helmet's
 * default is SAMEORIGIN, which would say otherwise) for those that only read the older header.
 */
export async function hardenHttp(app: NestFastifyApplication, config: RuntimeConfig): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-hashes'", FORM_LIBRARY_SUBMIT_HANDLER],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    // The OpenAPI UI and the app load only same-origin resources.
    crossOriginEmbedderPolicy: false,
    hsts: config.nodeEnv === 'production',
  });
  // Limits nothing by itself: a route without a session (the questionnaire's public form) counts its
  // callers with `createRateLimit` (in memory, per API process; sign-in has its own throttle in PostgreSQL).
  await app.register(fastifyRateLimit, { global: false });
  // Closed unless origins are configured: the web app is served from the API's own origin.
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, credentials: true });
  }
  const server = app.getHttpAdapter().getInstance();
  // Every answer names its request, as the audit log does.
  server.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // API answers carry tokens (sign-in) or personal data (names, e-mails, a contact's GDPR export)
  // nearly everywhere: no browser or proxy keeps a copy. The OpenAPI UI's files may be cached.
  server.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      void reply.header('cache-control', 'no-store');
    }
  });
}
