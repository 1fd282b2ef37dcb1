import { z } from 'zod';

/** Where the queue lives: Redis, or BullMQ's PostgreSQL backend on the application database. */
export type QueueConfig = { backend: 'redis'; redisUrl: string; prefix: string } | { backend: 'postgres'; databaseUrl: string };

export interface RuntimeConfig {
  nodeEnv: 'development' | 'test' | 'production';
  /** Address the API listens on: this machine only unless a deployment says otherwise (`0.0.0.0`, `::`). */
  host: string;
  port: number;
  databaseUrl: string;
  queue: QueueConfig;
  /** Folder of the built web app, served at `/` when it exists. */
  webDistDir: string;
  auth: {
    /** Key of the HMAC that stores session tokens; required in production. */
    sessionSecret: string;
    sessionTtlMinutes: number;
  };
  /** Origins allowed to call the API from a browser; empty: CORS closed. */
  corsOrigins: string[];
  /** Outside production, the instant the processes' calendar starts at (CLOCK_START); unset: the system's time. */
  clockStartAt?: Date;
}

/** Outside production only: a deployment must set its own SESSION_SECRET. */
const DEVELOPMENT_SESSION_SECRET = 'development-only-session-secret-not-for-production';

const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a ${protocols.join(' or ')} URL`);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')], { error: 'an address to listen on: 127.0.0.1 (default), 0.0.0.0, ::1, :: or localhost' }).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  QUEUE_BACKEND: z.enum(['redis', 'postgres']).optional(),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, - and _ only')
    .default('bep'),
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web/browser'),
  SESSION_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  SESSION_TTL_MINUTES: z.coerce.number().int().min(5).max(7 * 24 * 60).default(12 * 60),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .refine((origins) => origins.every((origin) => /^https?:\/\/[^/]+$/.test(origin)), 'comma-separated origins such as https://bep.example'),
  CLOCK_START: z.iso.datetime({ offset: true, error: 'an ISO instant with its offset, such as 2026-03-10T09:00:00+01:00' }).optional(),
});

export class ConfigError extends Error {}

/**
 * Reads the processes' configuration from the environment. The API and the worker get explicit
 * values (the start script resolves the local defaults), so nothing here guesses.
 */
export function loadRuntimeConfig(env: Record<string, string | undefined>): RuntimeConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration: SESSION_SECRET is required with NODE_ENV=production');
  }
  if (e.NODE_ENV === 'production' && e.CLOCK_START) {
    throw new ConfigError('Invalid configuration: CLOCK_START is refused with NODE_ENV=production: the product runs on the real time');
  }
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    queue: resolveQueue(e.QUEUE_BACKEND, e.REDIS_URL, e.QUEUE_PREFIX, e.DATABASE_URL),
    webDistDir: e.WEB_DIST_DIR,
    auth: { sessionSecret: e.SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET, sessionTtlMinutes: e.SESSION_TTL_MINUTES },
    corsOrigins: e.CORS_ORIGINS,
    clockStartAt: e.CLOCK_START ? new Date(e.CLOCK_START) : undefined,
  };
}

function resolveQueue(backend: 'redis' | 'postgres' | undefined, redisUrl: string | undefined, prefix: string, databaseUrl: string): QueueConfig {
  if (backend === 'postgres') {
    return { backend: 'postgres', databaseUrl };
  }
  if (!redisUrl) {
    throw new ConfigError('Invalid configuration: REDIS_URL is required unless QUEUE_BACKEND=postgres');
  }
  return { backend: 'redis', redisUrl, prefix };
}
