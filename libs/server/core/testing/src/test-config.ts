import { loadRuntimeConfig, type RuntimeConfig } from '@bep/server/core/config';
import { TEST_REDIS_URL, uniqueName } from './test-services';

/**
 * The instant every test's calendar starts at, so that no test depends on the day it runs: a
 * Tuesday in March, a working day inside the sending window (10:00 in Brussels).
 */
export const TEST_CLOCK_START = '2026-03-17T10:00:00+01:00';

/**
 * The configuration the apps would read from the environment, for a test database and a Redis
 * prefix of the test's own; overrides replace whole sections.
 */
export function testRuntimeConfig(databaseUrl: string, overrides: Partial<RuntimeConfig> = {}): RuntimeConfig {
  const config = loadRuntimeConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: uniqueName('queue'),
    WEB_DIST_DIR: 'no-web-build-in-tests',
    CLOCK_START: TEST_CLOCK_START,
  });
  return { ...config, ...overrides };
}
