import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { TransitionResult } from '@bep/contracts';
import { FixedClock } from '@bep/server/core/clock';
import type { RuntimeConfig } from '@bep/server/core/config';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { callApi, DEMO_ACCOUNT, loadDemo, signIn, startCapabilityApi, type TestApi } from '@bep/server/core/test-api';
import {
  eventually,
  requireTestServices,
  startTestRedisServer,
  startTestSmtpServer,
  testRuntimeConfig,
  uniqueName,
  type TestRedisServer,
  type TestSmtpServer,
} from '@bep/server/core/testing';
import { EngagementsModule } from '@bep/server/engagements';
import { WorkerModule } from '../app/worker.module';

/**
 * "Never lost": with the queue's datastore down, a stage move still succeeds, and the reminder it
 * implies is delivered once the datastore is back (even empty: a Redis that lost everything).
 */
describe('a stage move while Redis is down', () => {
  let database: MigratedDatabase;
  let redis: TestRedisServer;
  let smtp: TestSmtpServer;
  let api: TestApi;
  let worker: INestApplicationContext;
  // Three weeks after the tests' calendar starts: a diagnostic requested "now" by the API is due for a reminder at once.
  const workerClock = new FixedClock('2026-04-08T10:00:00+02:00');

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('reminders_outage');
    await loadDemo(database.dataSource);
    redis = await startTestRedisServer();
    smtp = await startTestSmtpServer();
    const base = testRuntimeConfig(database.url, { queue: { backend: 'redis', redisUrl: redis.url, prefix: uniqueName('outage') } });
    const config: RuntimeConfig = { ...base, mail: { ...base.mail, smtpUrl: smtp.url } };
    api = await startCapabilityApi(database.url, [EngagementsModule], { queue: config.queue });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, { clock: workerClock, relay: { pollMs: 100, queueTimeoutMs: 500 } }), { logger: false });
    await worker.init();
  });

  afterAll(async () => {
    // A failed case may leave Redis stopped: the worker and the API close only once they can reach it.
    await redis?.start();
    await worker?.close();
    await api?.close();
    await smtp?.close();
    await redis?.stop();
    await database?.drop();
  });

  it('succeeds, and its reminder leaves once Redis is back', async () => {
    const [engagement] = await database.dataSource.query<{ id: string; version: number; name: string }[]>(
      `SELECT e."id", e."version", c."name" FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis"
        WHERE e."stage" = 'survey_answered' ORDER BY c."name" LIMIT 1`,
    );
    if (!engagement) throw new Error('The demo has no answered questionnaire');
    const manager = await signIn(api.baseUrl, DEMO_ACCOUNT.manager);

    await redis.stop();
    const moved = await callApi<TransitionResult>(api.baseUrl, 'POST', `/api/engagements/${engagement.id}/transitions`, manager.bearer, {
      to: 'diagnostic_requested',
      version: engagement.version,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.stage).toBe('diagnostic_requested');
    // The planning job waits in the outbox while the relay cannot reach the queue.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const [pending] = await database.dataSource.query<{ relayed_at: Date | null; job_name: string }[]>(
      `SELECT "relayed_at", "job_name" FROM "queue_outbox" WHERE "payload"->>'engagementId' = $1`,
      [engagement.id],
    );
    expect(pending).toEqual({ relayed_at: null, job_name: 'plan-engagement' });
    const aboutIt = () => smtp.messages.filter((candidate) => candidate.subject.includes(engagement.name));
    expect(aboutIt()).toHaveLength(0);

    await redis.start();
    const message = await eventually(async () => aboutIt()[0], 'the reminder after Redis came back', 60_000);
    expect(message.subject).toBe(`Diagnostic à planifier — ${engagement.name}`);
    expect(message.envelope.to).toContain(DEMO_ACCOUNT.manager);
    const reminder = await eventually(async () => {
      const [row] = await database.dataSource.query<{ status: string; rule: string }[]>(`SELECT "status", "rule" FROM "reminder" WHERE "engagement_id" = $1`, [engagement.id]);
      return row?.status === 'sent' ? row : undefined;
    }, 'the reminder marked sent');
    expect(reminder.rule).toBe('diagnosticNotScheduled');
    expect(aboutIt()).toHaveLength(1);
  }, 90_000);
});
