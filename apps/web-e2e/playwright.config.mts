import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';
import type { ClockOptions } from './src/support/test';

const root = join(import.meta.dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 3917);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * The instant the run's calendar starts at, the integration tests' Tuesday (TEST_CLOCK_START): the
 * demo the server loads is "Radioscopie numérique 2026" (questionnaire sent on Monday 23 February
 * 2026, deadline 31 October 2026, Gembloux's diagnostic on Tuesday 24 March at 10:00), whatever
 * the day the tests run; each page's clock starts there too.
 */
const clockStart = '2026-03-17T10:00:00+01:00';

/**
 * The built app as `npm start` runs it (API, worker, web on one port), on a database of its own
 * and on a calendar of its own (CLOCK_START: the demo and every count of days follow from it),
 * driven in Debian's Chromium: no browser is downloaded.
 */
export default defineConfig<ClockOptions>({
  testDir: './src',
  outputDir: join(root, 'test-output/e2e-artifacts'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env['E2E_JSON_REPORT'] ?? join(root, 'test-output/e2e.json') }]],
  use: {
    baseURL,
    clockStart,
    locale: 'fr-BE',
    timezoneId: 'Europe/Brussels',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node tools/test/e2e-server.mjs',
    cwd: root,
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), CLOCK_START: clockStart },
    reuseExistingServer: false,
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          // Without these Chromium keeps reaching for Google's hosts, which this network refuses.
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
});
