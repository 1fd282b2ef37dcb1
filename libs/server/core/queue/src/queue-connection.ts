import type { QueueConfig } from '@bep/server/core/config';
import { createPostgresBackend, createRedisBackend, setDefaultBackendFactory, type ConnectionOptions, type PostgresPoolConfig } from 'bullmq';

export interface QueueRootOptions {
  connection: ConnectionOptions;
  prefix?: string;
}

/**
 * BullMQ options for the configured datastore. BullMQ's backend choice is process-wide, so it is
 * set here, before any queue or worker is created.
 */
export function queueRootOptions(queue: QueueConfig): QueueRootOptions {
  if (queue.backend === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend);
    const postgres: PostgresPoolConfig = { connectionString: queue.databaseUrl, migrate: true };
    // @nestjs/bullmq types the connection as Redis options; it passes it through to the backend unchanged.
    return { connection: postgres as unknown as ConnectionOptions };
  }
  setDefaultBackendFactory(createRedisBackend);
  const url = new URL(queue.redisUrl);
  return {
    prefix: queue.prefix,
    connection: {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      // Workers block on Redis; BullMQ requires unlimited retries per request for them.
      maxRetriesPerRequest: null,
    },
  };
}

/** Retries with exponential backoff, and bounded history so Redis does not grow without end. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { count: 1_000 },
  removeOnFail: { count: 5_000 },
} as const;
