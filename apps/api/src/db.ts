/**
 * Database commands, bundled with the API so that they run the same compiled entities:
 *   node dist/apps/api/db.js migrate      apply pending migrations
 *   node dist/apps/api/db.js seed-demo    load the demo data once (refused in production)
 * DATABASE_URL says which database; DEMO_PASSWORD the demo accounts' password. The demo lives on
 * the processes' calendar (CLOCK_START, else the system's time): its questionnaire left about three
 * weeks before that day, or on DEMO_START (YYYY-MM-DD; 2019-04-29 replays the historical dates).
 */
import 'reflect-metadata';
import { hashPassword } from '@bep/server/core/auth';
import { type Clock, ShiftedClock, SystemClock } from '@bep/server/core/clock';
import { loadRuntimeConfig, type RuntimeConfig } from '@bep/server/core/config';
import { createDataSourceOptions, DEFAULT_DEMO_PASSWORD, runMigrations, seedDemoData } from '@bep/server/core/database';
import { replayDemoReminders } from '@bep/server/reminders';
import { DataSource } from 'typeorm';

const SEED_MESSAGES = {
  loaded: 'demo data loaded',
  'already-loaded': 'demo data already loaded',
  'refused-real-data': 'the database holds data that the demo loader did not write: demo data not loaded',
} as const;

/**
 * The configuration the API and the worker will run on (CLOCK_START is checked there and refused
 * in production); the queue is not this command's business.
 */
function processConfig(databaseUrl: string): RuntimeConfig {
  return loadRuntimeConfig({ QUEUE_BACKEND: 'postgres', ...process.env, DATABASE_URL: databaseUrl });
}

function configuredClock({ clockStartAt }: RuntimeConfig): Clock {
  return clockStartAt ? new ShiftedClock(clockStartAt) : new SystemClock();
}

async function main(command: string | undefined): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    throw new Error('DATABASE_URL is required');
  }
  const dataSource = await new DataSource(createDataSourceOptions(url)).initialize();
  try {
    if (command === 'migrate') {
      const applied = await runMigrations(dataSource);
      console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date');
    } else if (command === 'seed-demo') {
      const config = processConfig(url);
      const today = configuredClock(config).now();
      const demoPasswordHash = await hashPassword(process.env['DEMO_PASSWORD'] || DEFAULT_DEMO_PASSWORD);
      const outcome = await seedDemoData(dataSource, { nodeEnv: process.env['NODE_ENV'], demoPasswordHash, today, start: process.env['DEMO_START'] || undefined });
      console.log(SEED_MESSAGES[outcome]);
      if (outcome === 'loaded') {
        // What the demo's weeks would have sent, in the in-app outbox; what is to come, planned.
        console.log(`demo reminders: ${await replayDemoReminders(dataSource, config, today)} already sent`);
      }
    } else {
      throw new Error(`Unknown command "${command ?? ''}": use migrate or seed-demo`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
