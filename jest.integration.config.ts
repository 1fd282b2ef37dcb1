import type { Config } from 'jest';

/** Every integration suite, run in band: they share the machine's PostgreSQL and Redis. */
const config: Config = {
  projects: [
    '<rootDir>/libs/server/database/jest.integration.config.cts',
    '<rootDir>/apps/api/jest.integration.config.cts', '<rootDir>/apps/worker/jest.integration.config.cts'],
};

export default config;
