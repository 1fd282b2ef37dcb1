/**
 * `npm test`: the whole suite, in the order a failure is cheapest to find. Every step runs even
 * when an earlier one failed (the end-to-end tests need the build), and the last line counts every
 * test that ran: `N passed, N failed`.
 *
 *   lint         one check per project (ESLint, module boundaries included)
 *   unit         Jest, every project
 *   integration  Jest, the real apps against real PostgreSQL and Redis (fresh database per suite)
 *   build        production builds of the API, the worker and the web app (budgets enforced)
 *   e2e          Playwright in Debian's Chromium against the built app on a fresh database
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';

const OUT = 'test-output';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };
const results = [];

function run(command, args, { capture = false, extraEnv = {} } = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { env: { ...env, ...extraEnv }, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (capture) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
  }
  return result;
}

function record(step, passed, failed) {
  results.push({ step, passed, failed });
  console.log(`\n== ${step}: ${passed} passed, ${failed} failed`);
}

function answers(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function serviceAddress(url, defaultPort) {
  const parsed = new URL(url);
  return [parsed.hostname, Number(parsed.port || defaultPort)];
}

/** Counts from a Jest --json report; a run that produced no report (crash, config error) is one failure. */
function jestStep(step, args, extraEnv = {}) {
  const report = `${OUT}/${step}.json`;
  const result = run('npx', ['jest', ...args, '--ci', '--json', `--outputFile=${report}`], { extraEnv });
  if (!existsSync(report)) {
    record(step, 0, 1);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  // Suites that fail before running any test (a compile error) count as one failure each.
  const brokenSuites = json.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
  const failed = json.numFailedTests + brokenSuites;
  record(step, json.numPassedTests, failed === 0 && result.status !== 0 ? 1 : failed);
}

// 0. The services the suite needs: fail with what to start, never skip.
const postgres = serviceAddress(process.env.TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432', 5432);
const redis = serviceAddress(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', 6379);
const missing = [];
if (!(await answers(...postgres))) missing.push(`PostgreSQL on ${postgres.join(':')} (start it, or set TEST_POSTGRES_URL)`);
if (!(await answers(...redis))) missing.push(`Redis on ${redis.join(':')} (start it, or set TEST_REDIS_URL)`);
if (missing.length > 0) {
  console.error(`npm test needs running services that do not answer: ${missing.join('; ')}.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// 1. Lint, one result per project.
const projects = JSON.parse(run('npx', ['nx', 'show', 'projects', '--with-target', 'lint', '--json'], { capture: true }).stdout || '[]');
const lint = run('npx', ['nx', 'run-many', '-t', 'lint', '--output-style=static', '--nxBail=false'], { capture: true });
const lintOutput = `${lint.stdout}\n${lint.stderr}`;
// Nx ends a failed run with its "Failed tasks:" list, one "- project:lint" per line.
const failedLint = new Set([...lintOutput.matchAll(/^\s*- ([\w-]+):lint\s*$/gm)].map((match) => match[1]));
const lintFailures = lint.status === 0 ? 0 : Math.max(failedLint.size, 1);
record('lint', Math.max(projects.length - lintFailures, 0), lintFailures);

// 2-3. Jest.
jestStep('unit', []);
// In band, every suite runs in one process, which keeps part of each suite's modules (the apps it
// booted, the official e-invoice rules it loaded): past Node's default heap of about 4 GB the run
// dies out of memory. The machines have 24 GB; 8 GB leaves room for the suites still to come.
jestStep('integration', ['-c', 'jest.integration.config.ts', '--runInBand'], { NODE_OPTIONS: '--max-old-space-size=8192' });

// 4. Production builds.
const built = ['api', 'worker', 'web'].map((project) => run('npx', ['nx', 'run', `${project}:build`, '--output-style=static']).status === 0);
record('build', built.filter(Boolean).length, built.filter((ok) => !ok).length);

// 5. End-to-end, only on a complete build.
if (built.every(Boolean)) {
  const report = `${OUT}/e2e.json`;
  const e2e = run('npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.mts'], {});
  if (existsSync(report)) {
    const { stats } = JSON.parse(readFileSync(report, 'utf8'));
    const failed = stats.unexpected + stats.flaky;
    record('e2e', stats.expected, failed === 0 && e2e.status !== 0 ? 1 : failed);
  } else {
    record('e2e', 0, 1);
  }
} else {
  record('e2e', 0, 1);
}

console.log('\nSummary');
for (const { step, passed, failed } of results) console.log(`  ${step.padEnd(12)} ${passed} passed, ${failed} failed`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
