import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RuntimeConfig } from '@bep/server/core/config';
import { randomUUID } from 'node:crypto';
import { frameworkErrors } from './framework-errors';
import { hardenHttp } from './http-hardening';
import { setupOpenApi } from './openapi';

/** Request bodies above this size are refused with 413: the API takes forms, not uploads. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/** Keeps a caller's request id (a proxy's, for tracing across systems) when it is sane, else makes one. */
function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}

/**
 * An HTTP API of the given root module on Fastify, as every route expects it: the body limit,
 * request ids, problem details for what Fastify refuses, the security headers, `/api` and the
 * OpenAPI document. The API app builds its whole module this way, a capability's integration
 * specs only theirs (with the core modules).
 */
export async function createHttpApp(rootModule: DynamicModule, config: RuntimeConfig, options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, genReqId: requestId, trustProxy: config.trustProxy, frameworkErrors });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    bufferLogs: options.logger !== false,
    logger: options.logger,
  });
  await hardenHttp(app, config);
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}
