/**
 * Database commands, bundled with the API so that they run the same compiled entities:
 *   node dist/apps/api/db.js migrate      apply pending migrations
 *   node dist/apps/api/db.js seed-demo    load the demo data once (refused in production)
 * DATABASE_URL says which database; DEMO_PASSWORD the demo accounts' password.
 */
import 'reflect-metadata';
import { hashPassword } from '@bep/server/core/auth';
import { createDataSourceOptions, DEFAULT_DEMO_PASSWORD, runMigrations, seedDemoData } from '@bep/server/core/database';
import { DataSource } from 'typeorm';

const SEED_MESSAGES = {
  loaded: 'demo data loaded',
  'already-loaded': 'demo data already loaded',
  'refused-real-data': 'the database holds data that the demo loader did not write: demo data not loaded',
} as const;

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
      const demoPasswordHash = await hashPassword(process.env['DEMO_PASSWORD'] || DEFAULT_DEMO_PASSWORD);
      console.log(SEED_MESSAGES[await seedDemoData(dataSource, process.env['NODE_ENV'], demoPasswordHash)]);
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
