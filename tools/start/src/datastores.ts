/**
 * Where the data and the queue live, decided once at start:
 *  - database: DATABASE_URL; "embedded" forces the embedded PostgreSQL; unset, a PostgreSQL on
 *    127.0.0.1:5432 if one answers, else the embedded one;
 *  - queue: QUEUE_BACKEND=postgres forces BullMQ's PostgreSQL backend on the same database;
 *    REDIS_URL; unset, a Redis on 127.0.0.1:6379 if one answers, else the PostgreSQL backend.
 * With NODE_ENV=production nothing falls back: both must be given.
 */
export type DatabaseChoice = { kind: 'url'; url: string } | { kind: 'local'; url: string } | { kind: 'embedded' };
export type QueueChoice = { kind: 'redis'; url: string; detected: boolean } | { kind: 'postgres' };

export interface Datastores {
  database: DatabaseChoice;
  queue: QueueChoice;
}

/** Answers whether something accepts TCP connections at host:port. */
export type PortProbe = (host: string, port: number) => Promise<boolean>;

export const LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/bep';
export const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';

export class StartupError extends Error {}

/** Where the embedded PostgreSQL listens: `EMBEDDED_POSTGRES_PORT`, checked like every other setting. */
export function embeddedPostgresPort(env: Record<string, string | undefined>): number {
  const given = env['EMBEDDED_POSTGRES_PORT'];
  if (given === undefined || given === '') return 54320;
  const port = Number(given);
  if (!/^\d+$/.test(given) || port < 1 || port > 65535) {
    throw new StartupError(`EMBEDDED_POSTGRES_PORT must be a port number from 1 to 65535, not "${given}"`);
  }
  return port;
}

export async function resolveDatastores(env: Record<string, string | undefined>, probe: PortProbe): Promise<Datastores> {
  const production = env['NODE_ENV'] === 'production';
  const [database, queue] = await Promise.all([resolveDatabase(env, production, probe), resolveQueue(env, production, probe)]);
  return { database, queue };
}

async function resolveDatabase(env: Record<string, string | undefined>, production: boolean, probe: PortProbe): Promise<DatabaseChoice> {
  const url = env['DATABASE_URL'];
  if (url === 'embedded') {
    if (production) {
      throw new StartupError('DATABASE_URL=embedded is for development and demos; with NODE_ENV=production give a PostgreSQL URL');
    }
    return { kind: 'embedded' };
  }
  if (url) {
    return { kind: 'url', url };
  }
  if (production) {
    throw new StartupError('DATABASE_URL is required with NODE_ENV=production');
  }
  return (await probe('127.0.0.1', 5432)) ? { kind: 'local', url: LOCAL_DATABASE_URL } : { kind: 'embedded' };
}

async function resolveQueue(env: Record<string, string | undefined>, production: boolean, probe: PortProbe): Promise<QueueChoice> {
  const backend = env['QUEUE_BACKEND'];
  if (backend && backend !== 'postgres' && backend !== 'redis') {
    throw new StartupError(`QUEUE_BACKEND must be "redis" or "postgres", not "${backend}"`);
  }
  if (backend === 'postgres') {
    return { kind: 'postgres' };
  }
  const url = env['REDIS_URL'];
  if (url) {
    return { kind: 'redis', url, detected: false };
  }
  if (production) {
    throw new StartupError('REDIS_URL is required with NODE_ENV=production (or set QUEUE_BACKEND=postgres)');
  }
  if (backend === 'redis' || (await probe('127.0.0.1', 6379))) {
    return { kind: 'redis', url: LOCAL_REDIS_URL, detected: true };
  }
  return { kind: 'postgres' };
}

/** The one line printed at start: where everything is, without credentials. */
export function describeDatastores(datastores: Datastores, databaseUrl: string): string {
  const database = {
    url: 'PostgreSQL',
    local: 'local PostgreSQL',
    embedded: 'embedded PostgreSQL (data in .data/postgres)',
  }[datastores.database.kind];
  const queue =
    datastores.queue.kind === 'postgres'
      ? 'BullMQ on the PostgreSQL backend (same database)'
      : `BullMQ on ${datastores.queue.detected ? 'local ' : ''}Redis ${withoutCredentials(datastores.queue.url)}`;
  return `Datastores: database = ${database} ${withoutCredentials(databaseUrl)}; queue = ${queue}`;
}

function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}
