import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

export default async (): Promise<Config> => ({
  // A bound for a busy two-core machine (the default 5 s is tight for Angular suites), not a speed assertion.
  testTimeout: 30_000,
  projects: await getJestProjectsAsync(),
});
