import { ConfigError, loadRuntimeConfig } from './runtime-config';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/bep' };

describe('loadRuntimeConfig', () => {
  it('uses Redis with the default prefix and port', () => {
    expect(loadRuntimeConfig({ ...base, REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: base.DATABASE_URL,
      queue: { backend: 'redis', redisUrl: 'redis://127.0.0.1:6379', prefix: 'bep' },
      webDistDir: 'dist/apps/web/browser',
      auth: { sessionSecret: expect.stringContaining('development-only'), sessionTtlMinutes: 720 },
      corsOrigins: [],
      clockStartAt: undefined,
    });
  });

  it('starts the calendar at CLOCK_START outside production, and refuses it in production', () => {
    const redis = { ...base, REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(loadRuntimeConfig({ ...redis, CLOCK_START: '2026-03-17T10:00:00+01:00' }).clockStartAt?.toISOString()).toBe('2026-03-17T09:00:00.000Z');
    expect(() => loadRuntimeConfig({ ...redis, CLOCK_START: '17/03/2026' })).toThrow(/CLOCK_START: an ISO instant/);
    expect(() => loadRuntimeConfig({ ...redis, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), CLOCK_START: '2026-03-17T10:00:00+01:00' })).toThrow(
      /CLOCK_START is refused with NODE_ENV=production/,
    );
  });

  it('reads the session settings and the CORS origins', () => {
    const config = loadRuntimeConfig({
      ...base,
      QUEUE_BACKEND: 'postgres',
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(40),
      SESSION_TTL_MINUTES: '60',
      CORS_ORIGINS: 'https://bep.example, http://localhost:4200',
    });
    expect(config.auth).toEqual({ sessionSecret: 's'.repeat(40), sessionTtlMinutes: 60 });
    expect(config.corsOrigins).toEqual(['https://bep.example', 'http://localhost:4200']);
  });

  it.each(['0.0.0.0', '::', '::1', '10.1.2.3', 'localhost'])('listens on HOST=%s when told', (host) => {
    expect(loadRuntimeConfig({ ...base, QUEUE_BACKEND: 'postgres', HOST: host }).host).toBe(host);
  });

  it('puts the queue on the database with QUEUE_BACKEND=postgres, even if REDIS_URL is set', () => {
    const config = loadRuntimeConfig({ ...base, QUEUE_BACKEND: 'postgres', REDIS_URL: 'redis://x:6379' });
    expect(config.queue).toEqual({ backend: 'postgres', databaseUrl: base.DATABASE_URL });
  });

  it.each([
    [{ REDIS_URL: 'redis://127.0.0.1:6379' }, 'DATABASE_URL'],
    [{ ...base, REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_URL: 'mysql://db' }, 'DATABASE_URL: must be a postgres: or postgresql: URL'],
    [{ ...base }, 'REDIS_URL is required unless QUEUE_BACKEND=postgres'],
    [{ ...base, REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ ...base, QUEUE_BACKEND: 'kafka' }, 'QUEUE_BACKEND'],
    [{ ...base, QUEUE_BACKEND: 'postgres', PORT: 'eighty' }, 'PORT'],
    [{ ...base, QUEUE_BACKEND: 'postgres', HOST: 'my-laptop' }, 'HOST: an address to listen on'],
    [{ ...base, QUEUE_BACKEND: 'postgres', HOST: '' }, 'HOST'],
    [{ ...base, QUEUE_BACKEND: 'postgres', HOST: '256.1.1.1' }, 'HOST'],
    [{ ...base, QUEUE_BACKEND: 'postgres', NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ ...base, QUEUE_BACKEND: 'postgres', QUEUE_PREFIX: 'a b' }, 'QUEUE_PREFIX'],
    [{ ...base, QUEUE_BACKEND: 'postgres', NODE_ENV: 'production' }, 'SESSION_SECRET is required with NODE_ENV=production'],
    [{ ...base, QUEUE_BACKEND: 'postgres', SESSION_SECRET: 'short' }, 'SESSION_SECRET: at least 32 characters'],
    [{ ...base, QUEUE_BACKEND: 'postgres', SESSION_TTL_MINUTES: '1' }, 'SESSION_TTL_MINUTES'],
    [{ ...base, QUEUE_BACKEND: 'postgres', CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
  ])('rejects %p naming %s', (env, message) => {
    expect(() => loadRuntimeConfig(env)).toThrow(ConfigError);
    expect(() => loadRuntimeConfig(env)).toThrow(message);
  });
});
