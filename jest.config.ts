import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

export default async (): Promise<Config> => ({
  // A bound for a busy two-core machine (the default 5 s is tight for Angular suites), not a speed assertion.
  testTimeout: 30_000,
  // Workers that ran many suites (type-checking each) keep their memory: recycle them past this,
  // so that the whole unit run fits in any worker's heap as the projects grow.
  workerIdleMemoryLimit: '1GB',
  projects: await getJestProjectsAsync(),
});
