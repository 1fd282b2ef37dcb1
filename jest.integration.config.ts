import type { Config } from 'jest';

/** Every integration suite, run in band: they share the machine's PostgreSQL and Redis. */
const config: Config = {
  // A global option: Jest ignores a project's own testTimeout when it runs several projects.
  // A bound for hung connections on a busy machine, not a speed assertion.
  testTimeout: 60_000,
  projects: [
    '<rootDir>/libs/server/core/database/jest.integration.config.cts',
    '<rootDir>/apps/api/jest.integration.config.cts',
    '<rootDir>/apps/worker/jest.integration.config.cts',
  ],
};

export default config;
