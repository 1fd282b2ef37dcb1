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
      trustProxy: false,
      clockStartAt: undefined,
      mail: { smtpUrl: undefined, from: 'BEP Transition numérique <transition-numerique@bep.demo>', publicUrl: 'http://localhost:3000' },
    });
  });

  describe('trusted proxies', () => {
    const production = { ...base, QUEUE_BACKEND: 'postgres', NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) };

    it('believes a proxy on the same machine in production, and nobody elsewhere, by default', () => {
      expect(loadRuntimeConfig(production).trustProxy).toBe('loopback');
      expect(loadRuntimeConfig({ ...base, QUEUE_BACKEND: 'postgres' }).trustProxy).toBe(false);
    });

    it.each([
      ['2', 2],
      ['loopback,10.0.0.0/8', 'loopback,10.0.0.0/8'],
      [' 192.168.1.10 ', '192.168.1.10'],
      ['::1,fd00::/8', '::1,fd00::/8'],
    ])('takes TRUST_PROXY=%s', (value, expected) => {
      expect(loadRuntimeConfig({ ...production, TRUST_PROXY: value }).trustProxy).toBe(expected);
    });

    it.each(['true', 'everyone', 'cafe', '10.0.0.0/8;loopback', '10.0.0.0/33', '10.0.0.300', '::1/129', ''])('refuses TRUST_PROXY=%s with its name', (value) => {
      expect(() => loadRuntimeConfig({ ...production, TRUST_PROXY: value })).toThrow(/TRUST_PROXY: a number of proxy hops/);
    });
  });

  describe('mail', () => {
    const postgres = { ...base, QUEUE_BACKEND: 'postgres' };
    const production = { ...postgres, NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) };

    it('reads the SMTP server, the sender and the public address', () => {
      const config = loadRuntimeConfig({
        ...production,
        SMTP_URL: 'smtps://relay%40bep:p%40ss@smtp.bep.example:465',
        MAIL_FROM: '  BEP Transition numérique <transition@bep.example>  ',
        PUBLIC_URL: 'https://transition.bep.example',
      });
      expect(config.mail).toEqual({
        smtpUrl: 'smtps://relay%40bep:p%40ss@smtp.bep.example:465',
        from: 'BEP Transition numérique <transition@bep.example>',
        publicUrl: 'https://transition.bep.example',
      });
    });

    it('keeps mail in the outbox without SMTP_URL, and links to this machine on PORT by default', () => {
      expect(loadRuntimeConfig({ ...postgres, PORT: '8080' }).mail).toEqual({
        smtpUrl: undefined,
        from: 'BEP Transition numérique <transition-numerique@bep.demo>',
        publicUrl: 'http://localhost:8080',
      });
      expect(loadRuntimeConfig(production).mail.smtpUrl).toBeUndefined();
    });

    it.each(['transition@bep.example', 'BEP <transition@bep.example>', '<transition@bep.example>', '"BEP, Transition numérique" <transition@bep.example>'])('takes MAIL_FROM=%s', (from) => {
      expect(loadRuntimeConfig({ ...postgres, MAIL_FROM: from }).mail.from).toBe(from);
    });

    it.each(['http://localhost:4200', 'https://bep.example/transition', 'http://10.0.0.5:3000'])('takes PUBLIC_URL=%s', (publicUrl) => {
      expect(loadRuntimeConfig({ ...postgres, PUBLIC_URL: publicUrl }).mail.publicUrl).toBe(publicUrl);
    });

    it.each([
      [{ ...postgres, SMTP_URL: 'smtp.bep.example:25' }, 'SMTP_URL: an smtp:// or smtps:// URL'],
      [{ ...postgres, SMTP_URL: 'http://smtp.bep.example' }, 'SMTP_URL: an smtp:// or smtps:// URL'],
      [{ ...postgres, SMTP_URL: 'smtp:relay' }, 'SMTP_URL: an smtp:// or smtps:// URL with a host'],
      [{ ...postgres, MAIL_FROM: 'transition' }, 'MAIL_FROM: an e-mail address, optionally with a display name'],
      [{ ...postgres, MAIL_FROM: 'BEP <transition>' }, 'MAIL_FROM: an e-mail address'],
      [{ ...postgres, MAIL_FROM: 'BEP, Transition <transition@bep.example>' }, 'MAIL_FROM: an e-mail address'],
      [{ ...postgres, MAIL_FROM: 'a@bep.example, b@bep.example' }, 'MAIL_FROM: an e-mail address'],
      [{ ...postgres, PUBLIC_URL: 'https://bep.example/' }, 'PUBLIC_URL: the http:// or https:// address the app is opened at, without a trailing slash'],
      [{ ...postgres, PUBLIC_URL: 'https://bep.example/app/' }, 'PUBLIC_URL: the http:// or https:// address'],
      [{ ...postgres, PUBLIC_URL: 'ftp://bep.example' }, 'PUBLIC_URL: the http:// or https:// address'],
      [{ ...postgres, PUBLIC_URL: 'https://bep.example?x=1' }, 'PUBLIC_URL: the http:// or https:// address'],
      [{ ...postgres, PUBLIC_URL: 'bep.example' }, 'PUBLIC_URL: the http:// or https:// address'],
      [{ ...production, SMTP_URL: 'smtp://smtp.bep.example', PUBLIC_URL: 'https://bep.example' }, 'MAIL_FROM is required with NODE_ENV=production when SMTP_URL is set'],
      [{ ...production, SMTP_URL: 'smtp://smtp.bep.example', MAIL_FROM: 'transition@bep.example' }, 'PUBLIC_URL is required with NODE_ENV=production when SMTP_URL is set'],
    ])('rejects %p naming %s', (env, message) => {
      expect(() => loadRuntimeConfig(env)).toThrow(ConfigError);
      expect(() => loadRuntimeConfig(env)).toThrow(message);
    });

    it('never repeats the SMTP password in its refusal', () => {
      expect(() => loadRuntimeConfig({ ...postgres, SMTP_URL: 'smtp:secret-password@relay' })).toThrow(/^(?!.*secret-password).*$/s);
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
