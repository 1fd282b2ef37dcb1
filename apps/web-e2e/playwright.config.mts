import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 3917);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * The built app as `npm start` runs it (API, worker, web on one port), on a database of its own,
 * driven in Debian's Chromium: no browser is downloaded.
 */
export default defineConfig({
  testDir: './src',
  outputDir: join(root, 'test-output/e2e-artifacts'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env['E2E_JSON_REPORT'] ?? join(root, 'test-output/e2e.json') }]],
  use: {
    baseURL,
    locale: 'fr-BE',
    timezoneId: 'Europe/Brussels',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node tools/test/e2e-server.mjs',
    cwd: root,
    url: `${baseURL}/api/health`,
    env: { PORT: String(port) },
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
