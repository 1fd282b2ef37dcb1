import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RuntimeConfig } from '@bep/server/core/config';
import { testRuntimeConfig } from '@bep/server/core/testing';
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

export interface ApiAnswer<T> {
  status: number;
  body: T;
  contentType: string | null;
}

/** One call to the API under test: JSON in and out; a 204 answers a null body. */
export async function callApi<T>(baseUrl: string, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<ApiAnswer<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const contentType = response.headers.get('content-type');
  return { status: response.status, body: (response.status === 204 ? null : await response.json()) as T, contentType };
}
