import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';

/** The servers the integration tests talk to; override them to run the suite elsewhere. */
const TEST_POSTGRES_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Fails with what to start, instead of skipping, when a service the suite needs is not there. */
export async function requireTestServices(): Promise<void> {
  const missing: string[] = [];
  if (!(await answers(TEST_POSTGRES_URL, 5432))) {
    missing.push(`PostgreSQL at ${new URL(TEST_POSTGRES_URL).host} (start it, e.g. "pg_ctlcluster 15 main start", or set TEST_POSTGRES_URL)`);
  }
  if (!(await answers(TEST_REDIS_URL, 6379))) {
    missing.push(`Redis at ${new URL(TEST_REDIS_URL).host} (start it, e.g. "redis-server --daemonize yes", or set TEST_REDIS_URL)`);
  }
  if (missing.length > 0) {
    throw new Error(`The integration tests need real services that do not answer: ${missing.join('; ')}`);
  }
}

function answers(url: string, defaultPort: number): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || defaultPort) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A unique, lowercase name for this run's database or Redis prefix. */
export function uniqueName(purpose: string): string {
  return `bep_${purpose}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database on the test server; `drop` removes it even if connections are left. */
export async function createTestDatabase(purpose: string): Promise<TestDatabase> {
  const name = uniqueName(purpose);
  await withAdminClient(async (client) => {
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
