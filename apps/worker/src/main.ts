import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadRuntimeConfig } from '@bep/server/core/config';
import { WorkerModule } from './app/worker.module';

async function bootstrap(): Promise<void> {
  const config = loadRuntimeConfig(process.env);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config));
  // On SIGTERM/SIGINT Nest closes the BullMQ workers, which let in-flight jobs finish first.
  app.enableShutdownHooks();
  await app.init();
  Logger.log(`Worker started on the ${config.queue.backend} queue backend`, 'Worker');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
