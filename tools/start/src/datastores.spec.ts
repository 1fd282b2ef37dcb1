import { describeDatastores, embeddedPostgresPort, LOCAL_DATABASE_URL, LOCAL_REDIS_URL, resolveDatastores, StartupError, type PortProbe } from './datastores';

const probeAnswering =
  (...open: number[]): PortProbe =>
  async (_host, port) =>
    open.includes(port);

describe('resolveDatastores', () => {
  it.each([
    ['both local services answer', {}, [5432, 6379], { database: { kind: 'local', url: LOCAL_DATABASE_URL }, queue: { kind: 'redis', url: LOCAL_REDIS_URL, detected: true } }],
    ['nothing answers', {}, [], { database: { kind: 'embedded' }, queue: { kind: 'postgres' } }],
    ['only PostgreSQL answers', {}, [5432], { database: { kind: 'local', url: LOCAL_DATABASE_URL }, queue: { kind: 'postgres' } }],
    ['embedded forced, Redis answers', { DATABASE_URL: 'embedded' }, [5432, 6379], { database: { kind: 'embedded' }, queue: { kind: 'redis', url: LOCAL_REDIS_URL, detected: true } }],
    ['PostgreSQL queue forced', { QUEUE_BACKEND: 'postgres', REDIS_URL: 'redis://cache:6379' }, [5432, 6379], { database: { kind: 'local', url: LOCAL_DATABASE_URL }, queue: { kind: 'postgres' } }],
    [
      'both given',
      { DATABASE_URL: 'postgres://u:p@db:5432/app', REDIS_URL: 'redis://cache:6379' },
      [],
      { database: { kind: 'url', url: 'postgres://u:p@db:5432/app' }, queue: { kind: 'redis', url: 'redis://cache:6379', detected: false } },
    ],
    [
      'production with both given',
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/app', QUEUE_BACKEND: 'postgres' },
      [5432, 6379],
      { database: { kind: 'url', url: 'postgres://db/app' }, queue: { kind: 'postgres' } },
    ],
  ])('%s', async (_case, env, open, expected) => {
    await expect(resolveDatastores(env, probeAnswering(...open))).resolves.toEqual(expected);
  });

  it.each([
    [{ NODE_ENV: 'production', REDIS_URL: 'redis://cache:6379' }, 'DATABASE_URL is required with NODE_ENV=production'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/app' }, 'REDIS_URL is required with NODE_ENV=production'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'embedded', QUEUE_BACKEND: 'postgres' }, 'DATABASE_URL=embedded'],
    [{ QUEUE_BACKEND: 'rabbitmq' }, 'QUEUE_BACKEND must be'],
  ])('refuses %p', async (env, message) => {
    const result = resolveDatastores(env, probeAnswering(5432, 6379));
    await expect(result).rejects.toThrow(StartupError);
    await expect(resolveDatastores(env, probeAnswering(5432, 6379))).rejects.toThrow(message);
  });
});

describe('describeDatastores', () => {
  it('names both places in one line without credentials', () => {
    const line = describeDatastores(
      { database: { kind: 'url', url: 'postgres://admin:secret@db.example:5432/bep' }, queue: { kind: 'redis', url: 'redis://:hunter2@cache:6379', detected: false } },
      'postgres://admin:secret@db.example:5432/bep',
    );
    expect(line).toBe('Datastores: database = PostgreSQL db.example:5432/bep; queue = BullMQ on Redis cache:6379');
    expect(line).not.toMatch(/secret|hunter2|\n/);
  });

  it('says when the embedded database and the PostgreSQL queue are used', () => {
    expect(describeDatastores({ database: { kind: 'embedded' }, queue: { kind: 'postgres' } }, 'postgres://postgres:password@127.0.0.1:54320/bep')).toBe(
      'Datastores: database = embedded PostgreSQL (data in .data/postgres) 127.0.0.1:54320/bep; queue = BullMQ on the PostgreSQL backend (same database)',
    );
  });
});

describe('embeddedPostgresPort', () => {
  it.each([
    [{}, 54320],
    [{ EMBEDDED_POSTGRES_PORT: '' }, 54320],
    [{ EMBEDDED_POSTGRES_PORT: '55432' }, 55432],
    [{ EMBEDDED_POSTGRES_PORT: '1' }, 1],
  ])('reads %j as %i', (env, port) => {
    expect(embeddedPostgresPort(env)).toBe(port);
  });

  it.each(['0', '65536', 'abc', '5432.5', '-1', ' 5432'])('refuses "%s", naming the variable', (value) => {
    expect(() => embeddedPostgresPort({ EMBEDDED_POSTGRES_PORT: value })).toThrow(new StartupError(`EMBEDDED_POSTGRES_PORT must be a port number from 1 to 65535, not "${value}"`));
  });
});
