import type { RuntimeConfig } from '@bep/server/core/config';
import { serveOnFreePort, type TestApi } from '@bep/server/core/test-api';
import { testRuntimeConfig } from '@bep/server/core/testing';
import { createApp } from '../app/create-app';

/** The whole API (same factory as production) on a free port, against the given database. */
export async function startTestApi(databaseUrl: string, overrides: Partial<RuntimeConfig> = {}): Promise<TestApi> {
  return serveOnFreePort(await createApp(testRuntimeConfig(databaseUrl, overrides), { logger: false }));
}
