import { isIP } from 'node:net';
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
  /**
   * The proxies whose `X-Forwarded-For` is believed (TRUST_PROXY): a number of hops, or addresses
   * and ranges as the HTTP server's `trustProxy` takes them; false: the socket's address is the
   * client's. The rate limits and the login throttle count by the client address this gives.
   */
  trustProxy: string | number | false;
  /** Outside production, the instant the processes' calendar starts at (CLOCK_START); unset: the system's time. */
  clockStartAt?: Date;
  mail: MailConfig;
}

export interface MailConfig {
  /** SMTP server mail leaves through (SMTP_URL); unset: nothing is sent, the in-app outbox keeps each message. */
  smtpUrl?: string;
  /** The From of every message (MAIL_FROM): an address, optionally with a display name. */
  from: string;
  /** The address people open the app at (PUBLIC_URL), without a trailing slash: links in e-mails start with it. */
  publicUrl: string;
}

/** Outside production only: a deployment must set its own SESSION_SECRET. */
const DEVELOPMENT_SESSION_SECRET = 'development-only-session-secret-not-for-production';

/** Outside production, or in production without SMTP (the outbox only), the From of the messages. */
export const DEFAULT_MAIL_FROM = 'BEP Transition numérique <transition-numerique@bep.demo>';

const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a ${protocols.join(' or ')} URL`);

/** smtp://[user:password@]host[:port] or smtps://...; a host is required (nodemailer would fall back to localhost). */
function isSmtpUrl(value: string): boolean {
  try {
    const parsed = new URL(value);
    return ['smtp:', 'smtps:'].includes(parsed.protocol) && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * `address@domain` or `Display name <address@domain>`; a display name with a comma, a colon or
 * another special character is written in double quotes, as in a mail header.
 */
function isMailbox(value: string): boolean {
  const named = /^(?:"((?:[^"\\\r\n]|\\.)*)"|([^"<>()[\]\\,;:@\r\n]*?))\s*<([^<>\s]+)>$/.exec(value);
  const address = named ? named[3] : value;
  return z.email().safeParse(address).success;
}

/**
 * http(s)://host[:port][/path] as the browser writes it: no credentials, query or fragment, and no
 * trailing slash, since links are built by appending `/...`.
 */
function isPublicUrl(value: string): boolean {
  try {
    const parsed = new URL(value);
    const rebuilt = parsed.origin + (parsed.pathname === '/' ? '' : parsed.pathname);
    return ['http:', 'https:'].includes(parsed.protocol) && !value.endsWith('/') && rebuilt === value;
  } catch {
    return false;
  }
}

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
  TRUST_PROXY: z
    .string()
    .trim()
    .refine(isTrustProxy, 'a number of proxy hops, or comma-separated addresses, ranges or the names loopback, linklocal, uniquelocal, such as loopback,10.0.0.0/8')
    .optional(),
  CLOCK_START: z.iso.datetime({ offset: true, error: 'an ISO instant with its offset, such as 2026-03-10T09:00:00+01:00' }).optional(),
  SMTP_URL: z.string().refine(isSmtpUrl, 'an smtp:// or smtps:// URL with a host, such as smtps://user:password@smtp.bep.example:465').optional(),
  MAIL_FROM: z
    .string()
    .trim()
    .refine(isMailbox, 'an e-mail address, optionally with a display name, such as BEP Transition numérique <transition-numerique@bep.example>')
    .optional(),
  PUBLIC_URL: z.string().refine(isPublicUrl, 'the http:// or https:// address the app is opened at, without a trailing slash, such as https://transition.bep.example').optional(),
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
  if (e.NODE_ENV === 'production' && e.SMTP_URL && !e.MAIL_FROM) {
    throw new ConfigError('Invalid configuration: MAIL_FROM is required with NODE_ENV=production when SMTP_URL is set');
  }
  if (e.NODE_ENV === 'production' && e.SMTP_URL && !e.PUBLIC_URL) {
    throw new ConfigError('Invalid configuration: PUBLIC_URL is required with NODE_ENV=production when SMTP_URL is set: the links in the e-mails lead there');
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
    trustProxy: trustedProxies(e.TRUST_PROXY, e.NODE_ENV),
    clockStartAt: e.CLOCK_START ? new Date(e.CLOCK_START) : undefined,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM ?? DEFAULT_MAIL_FROM,
      publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    },
  };
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An IPv4 or IPv6 address, optionally with a prefix length that fits it, or one of proxy-addr's names. */
function isProxyAddress(value: string): boolean {
  if (PROXY_NAMES.includes(value)) return true;
  const [address = '', prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

function isTrustProxy(value: string): boolean {
  return /^\d{1,2}$/.test(value) || value.split(',').every((part) => isProxyAddress(part.trim()));
}

/**
 * Whose `X-Forwarded-For` to believe. Unset: in production a proxy on the same machine (the
 * documented setup: the API listens on 127.0.0.1), never a header a client wrote itself, which
 * would let anyone choose the address their requests are counted under; elsewhere nobody's.
 */
function trustedProxies(value: string | undefined, nodeEnv: RuntimeConfig['nodeEnv']): RuntimeConfig['trustProxy'] {
  if (value === undefined) return nodeEnv === 'production' ? 'loopback' : false;
  return /^\d+$/.test(value) ? Number(value) : value;
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
