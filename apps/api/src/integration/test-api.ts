import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RuntimeConfig } from '@bep/server/config';
import { testRuntimeConfig } from '@bep/server/testing';
import { createApp } from '../app/create-app';

export interface TestApi {
  app: NestFastifyApplication;
  /** e.g. http://127.0.0.1:40123 */
  baseUrl: string;
  close(): Promise<void>;
}

/** The real API (same factory as production) on a free port, against the given database. */
export async function startTestApi(databaseUrl: string, overrides: Partial<RuntimeConfig> = {}): Promise<TestApi> {
  const app = await createApp(testRuntimeConfig(databaseUrl, overrides), { logger: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') {
    throw new Error('The API did not listen on a TCP port');
  }
  return { app, baseUrl: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}
