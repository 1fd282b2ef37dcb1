import { loadRuntimeConfig, type RuntimeConfig } from '@bep/server/core/config';
import { TEST_REDIS_URL, uniqueName } from './test-services';

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
  });
  return { ...config, ...overrides };
}
