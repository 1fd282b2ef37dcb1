import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiCoreModule } from '@bep/server/core/api-core';
import type { RuntimeConfig } from '@bep/server/core/config';
import { createHttpApp } from '@bep/server/core/http';
import { testRuntimeConfig } from '@bep/server/core/testing';

export interface TestApi {
  app: NestFastifyApplication;
  /** e.g. http://127.0.0.1:40123 */
  baseUrl: string;
  close(): Promise<void>;
}

/** Listens on a free port of this machine and says where. */
export async function serveOnFreePort(app: NestFastifyApplication): Promise<TestApi> {
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') {
    throw new Error('The API did not listen on a TCP port');
  }
  return { app, baseUrl: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

@Module({})
class CapabilityTestModule {}

/**
 * The API of one capability (or a few), composed with the core modules as the API app composes
 * them, against the given database: a capability's integration specs run through HTTP without
 * booting the others.
 */
export async function startCapabilityApi(databaseUrl: string, capabilities: (Type | DynamicModule)[], overrides: Partial<RuntimeConfig> = {}): Promise<TestApi> {
  const config = testRuntimeConfig(databaseUrl, overrides);
  const root: DynamicModule = {
    module: CapabilityTestModule,
    imports: [ApiCoreModule.forRoot(config), ...capabilities],
  };
  return serveOnFreePort(await createHttpApp(root, config, { logger: false }));
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
