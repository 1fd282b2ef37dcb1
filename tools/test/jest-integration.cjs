/**
 * Jest settings shared by the integration suites: the real app against real PostgreSQL and
 * Redis (see libs/server/testing). Each project's jest.integration.config.cts calls this.
 */
const { join, relative } = require('node:path');

module.exports = function integrationConfig(displayName, projectDir) {
  const root = join(__dirname, '../..');
  return {
    displayName,
    preset: join(relative(projectDir, root) || '.', 'jest.preset.js'),
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
    transform: {
      '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    },
    // content-disposition (used by @fastify/static) ships ES modules only; Node loads them, Jest must transform them.
    transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
    moduleFileExtensions: ['ts', 'js'],
    // Bounds, not speed assertions: a hung connection fails its test instead of the whole run.
    testTimeout: 60_000,
  };
};
