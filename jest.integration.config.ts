import type { Config } from 'jest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folders under `dir` holding a `jest.integration.config.cts` (Node 20 has no fs.globSync). */
function integrationProjects(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && entry.name === 'jest.integration.config.cts') ? [join(dir, 'jest.integration.config.cts')] : [];
  const below = entries.filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'src').flatMap((entry) => integrationProjects(join(dir, entry.name)));
  return [...here, ...below];
}

/**
 * Every integration suite, run in band: they share the machine's PostgreSQL and Redis. Each
 * project with a `jest.integration.config.cts` (a capability, the database, the apps) is found here,
 * so that a new capability's specs run without touching this file.
 */
const config: Config = {
  // A global option: Jest ignores a project's own testTimeout when it runs several projects.
  // A bound for hung connections on a busy machine, not a speed assertion.
  testTimeout: 60_000,
  projects: [...integrationProjects('apps'), ...integrationProjects('libs')].sort().map((path) => `<rootDir>/${path}`),
};

export default config;
