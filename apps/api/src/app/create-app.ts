import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RuntimeConfig } from '@bep/server/core/config';
import { randomUUID } from 'node:crypto';
import { setupOpenApi } from '@bep/server/core/http';
import { AppModule } from './app.module';
import { frameworkErrors } from './framework-errors';
import { hardenHttp } from './http-hardening';
import { serveWebApp } from './web-app';

/** Request bodies above this size are refused with 413: the API takes forms, not uploads. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/** Keeps a caller's request id (a proxy's, for tracing across systems) when it is sane, else makes one. */
function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}

/** Builds the API exactly as production runs it; the integration tests boot this same function. */
export async function createApp(config: RuntimeConfig, options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, genReqId: requestId, trustProxy: config.nodeEnv === 'production', frameworkErrors }), {
    bufferLogs: options.logger !== false,
    logger: options.logger,
  });
  await hardenHttp(app, config);
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  setupOpenApi(app);
  if (!serveWebApp(app, config.webDistDir)) {
    Logger.warn(`No web build in ${config.webDistDir}: serving the API only`, 'WebApp');
  }
  return app;
}
