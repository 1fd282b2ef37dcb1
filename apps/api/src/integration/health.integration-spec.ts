import type { HealthReport } from '@bep/contracts';
import { requireTestServices } from '@bep/server/core/testing';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { type TestApi } from '@bep/server/core/test-api';
import { startTestApi } from './test-api';

describe('GET /api/health', () => {
  let database: MigratedDatabase;

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('health');
  });

  afterAll(async () => {
    await database?.drop();
  });

  async function healthOf(api: TestApi): Promise<{ status: number; body: HealthReport }> {
    const response = await fetch(`${api.baseUrl}/api/health`);
    return { status: response.status, body: (await response.json()) as HealthReport };
  }

  it('is ok when the database and Redis answer, and shows the latest worker heartbeat', async () => {
    const api = await startTestApi(database.url);
    try {
      expect(await healthOf(api)).toEqual({
        status: 200,
        body: { status: 'ok', database: { status: 'up' }, queue: { status: 'up', backend: 'redis' }, worker: { lastHeartbeatAt: null } },
      });
      await database.dataSource.query(`INSERT INTO "worker_heartbeat" VALUES ('host:1', '2026-01-05T10:00:00Z'), ('host:2', '2026-01-05T10:00:30Z')`);
      expect((await healthOf(api)).body.worker.lastHeartbeatAt).toBe('2026-01-05T10:00:30.000Z');
    } finally {
      await api.close();
    }
  });

  it('is ok on the PostgreSQL queue backend', async () => {
    const api = await startTestApi(database.url, { queue: { backend: 'postgres', databaseUrl: database.url } });
    try {
      const { status, body } = await healthOf(api);
      expect(status).toBe(200);
      expect(body.queue).toEqual({ status: 'up', backend: 'postgres' });
    } finally {
      await api.close();
    }
  });

  it('answers 503 naming the queue when its datastore does not answer', async () => {
    // Nothing listens on port 1: the queue datastore is down while the database is up.
    const api = await startTestApi(database.url, { queue: { backend: 'redis', redisUrl: 'redis://127.0.0.1:1', prefix: 'down' } });
    try {
      const { status, body } = await healthOf(api);
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: 'error', database: { status: 'up' }, queue: { status: 'down', backend: 'redis' } });
    } finally {
      await api.close();
    }
  });
});
