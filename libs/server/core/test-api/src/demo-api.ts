import type { DynamicModule, Type } from '@nestjs/common';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { requireTestServices } from '@bep/server/core/testing';
import { loadDemo } from './demo';
import { startCapabilityApi, type TestApi } from './test-api';

export interface DemoApi extends TestApi {
  /** The API's own fresh database, for arranging and checking data in SQL. */
  database: MigratedDatabase;
}

/**
 * What an integration spec starts from: a fresh migrated database of its own with the demo data,
 * and an API on it — the given capabilities with the core modules, or what `start` builds (the
 * whole app). `close()` stops the API, then drops the database.
 */
export async function startDemoApi(purpose: string, api: (Type | DynamicModule)[] | ((databaseUrl: string) => Promise<TestApi>)): Promise<DemoApi> {
  await requireTestServices();
  const database = await createMigratedDatabase(purpose);
  try {
    await loadDemo(database.dataSource);
    const started = Array.isArray(api) ? await startCapabilityApi(database.url, api) : await api(database.url);
    return {
      ...started,
      database,
      close: async () => {
        await started.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
