/**
 * The server the end-to-end tests drive: a fresh database on the test PostgreSQL, then the real
 * start script on it (migrations, demo data, API, worker, web). The database is dropped on exit.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const admin = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `bep_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await adminQuery(`CREATE DATABASE "${name}"`);
const databaseUrl = new URL(admin);
databaseUrl.pathname = `/${name}`;

const start = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'tools/start/src/main.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: name,
  },
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  start.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

start.once('exit', async (code) => {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((error) => console.error(`could not drop ${name}: ${error.message}`));
  process.exit(stopping ? 0 : (code ?? 1));
});
