import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { RuntimeConfig } from '@bep/server/core/config';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { addToOutbox, jobsForBillingStage } from '@bep/server/core/queue';
import { loadDemo } from '@bep/server/core/test-api';
import { eventually, requireTestServices, TEST_REDIS_URL, testRuntimeConfig, uniqueName } from '@bep/server/core/testing';
import { WorkerModule } from '../app/worker.module';

/**
 * The pipeline's drafts through the real worker: the outbox relay hands the billing job to the
 * queue, the billing processor makes the draft; the same job written twice (a move relayed twice)
 * still makes one draft.
 */
describe('billing drafts in the worker', () => {
  let database: MigratedDatabase;
  let config: RuntimeConfig;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('billing_worker');
    await loadDemo(database.dataSource);
    config = testRuntimeConfig(database.url, { queue: { backend: 'redis', redisUrl: TEST_REDIS_URL, prefix: uniqueName('billing') } });
  });

  afterAll(async () => {
    await worker?.close();
    await database?.drop();
  });

  it('makes one draft of the diagnostic from the job, however often it is written', async () => {
    const [viroinval] = await database.dataSource.query<{ id: string }[]>(`SELECT e."id" FROM "engagement" e WHERE e."commune_nis" = '93090'`);
    const engagementId = viroinval?.id ?? '';
    await database.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE "engagement" SET "stage" = 'workshop_held' WHERE "id" = $1`, [engagementId]);
      await addToOutbox(manager, [...jobsForBillingStage(engagementId), ...jobsForBillingStage(engagementId)]);
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, { relay: { pollMs: 100 } }), { logger: false });
    await worker.init();

    const drafts = () => database.dataSource.query<{ status: string; gross_cents: number; origin_key: string }[]>(`SELECT "status", "gross_cents", "origin_key" FROM "invoice" WHERE "engagement_id" = $1`, [engagementId]);
    await eventually(async () => ((await drafts()).length > 0 ? true : undefined), 'the draft made by the billing job');
    await eventually(
      async () => ((await database.dataSource.query(`SELECT 1 FROM "queue_outbox" WHERE "relayed_at" IS NULL AND "queue" = 'billing'`)).length === 0 ? true : undefined),
      'both outbox rows relayed',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await drafts()).toEqual([{ status: 'draft', gross_cents: 250_000, origin_key: `diagnostic/${engagementId}` }]);
  });
});
