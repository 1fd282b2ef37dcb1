import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RuntimeConfig } from '@bep/server/core/config';
import { createHttpApp } from '@bep/server/core/http';
import { AppModule } from './app.module';
import { mountQueueDashboard } from './queue-dashboard';
import { serveWebApp } from './web-app';

/** Builds the API exactly as production runs it (and the web app it serves); the app's integration tests boot this same function. */
export async function createApp(config: RuntimeConfig, options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  const app = await createHttpApp(AppModule.forRoot(config), config, options);
  await mountQueueDashboard(app);
  if (!serveWebApp(app, config.webDistDir)) {
    Logger.warn(`No web build in ${config.webDistDir}: serving the API only`, 'WebApp');
  }
  return app;
}
