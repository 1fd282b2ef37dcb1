import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { problemDetails } from '@bep/server/core/http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Serves the built Angular app on the API's port: its files as they are, and index.html for
 * every other GET outside /api so that deep links (/communes) reach the client's router.
 * Returns false when there is no build to serve (the API alone, in development or tests).
 */
export function serveWebApp(app: NestFastifyApplication, webDistDir: string): boolean {
  const root = resolve(webDistDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    return false;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  app.useStaticAssets({ root, prefix: '/', wildcard: false, index: false });
  // A plain Fastify route: the router prefers every static and /api route over this wildcard.
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      if (path === '/api' || path.startsWith('/api/')) {
        const problem = problemDetails(404, `No route for GET ${path}`, path);
        return reply.code(404).type('application/problem+json; charset=utf-8').send(problem);
      }
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    });
  return true;
}
