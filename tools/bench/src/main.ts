/**
 * `npm run bench`: builds the API, starts it the way `npm start` does with nothing but Node.js
 * (embedded PostgreSQL, BullMQ on the PostgreSQL backend) but on a fresh temporary database, ports
 * of its own and a fixed calendar (CLOCK_START), loads the demo campaign and a synthetic one of
 * 35,000 engagements, then loads each endpoint of the table in endpoints.ts with autocannon, one
 * after the other, and prints requests/s, p50 and p99 next to the floor (`/api/health`). Everything
 * it started is stopped and the temporary data removed, also on failure and Ctrl-C. Exits non-zero
 * if any answer was not 2xx.
 */
import { type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { portAnswers, runToCompletion, startEmbeddedDatabaseHost, startService, stopService } from '@bep/tools/start';
import { checkBody, FLOOR_ENDPOINT, middleOffset, targets, type CampaignUnderTest, type Target } from './endpoints';
import { measure, waitUntilIdle } from './measure';
import { parseOptions, UsageError, USAGE, type BenchOptions } from './options';
import { formatBytes, formatReport, measurementProblems, type Measurement } from './report';
import { insertIssuedInvoices } from './billing/issued-invoices';
import { BENCH_CLOCK_START, billedCount, insertSyntheticCampaign, SYNTHETIC_NIS_FROM } from './synthetic-campaign';
import { formatPageTimings, type PageTiming } from './browser/page-report';
import { measurePages } from './browser/page-timings';

const API_BUNDLE = 'dist/apps/api/main.js';
const WEB_INDEX = 'dist/apps/web/browser/index.html';
const CLUSTER_RUNNER = 'tools/bench/src/api-cluster.ts';
const DB_COMMANDS = 'dist/apps/api/db.js';
const DEMO_LOGIN = { email: 'manager@bep.demo', password: process.env['DEMO_PASSWORD'] || 'demo-bep-2019' };

class BenchFailure extends Error {}

/** What has been started, so that it can be stopped in reverse order whatever happens. */
class Resources {
  api: ChildProcess | null = null;
  database: ChildProcess | null = null;
  tempDir: string | null = null;
  stopping = false;
  private released: Promise<void> | null = null;

  release(): Promise<void> {
    this.stopping = true;
    this.released ??= (async () => {
      if (this.api) {
        console.log('Stopping the API...');
        await stopService(this.api);
      }
      if (this.database) {
        console.log('Stopping the embedded PostgreSQL...');
        await stopService(this.database);
      }
      if (this.tempDir) {
        rmSync(this.tempDir, { recursive: true, force: true });
      }
    })();
    return this.released;
  }
}

async function main(options: BenchOptions, resources: Resources): Promise<number> {
  const started = Date.now();
  const projects = options.browser ? ['api', 'web'] : ['api'];
  if (options.build) {
    console.log(`Building ${projects.join(' and ')}...`);
    await step('nx build', [require.resolve('nx/bin/nx'), 'run-many', '-t', 'build', '-p', ...projects, '--output-style=static'], { ...process.env, NX_DAEMON: 'false' });
  }
  for (const built of options.browser ? [API_BUNDLE, WEB_INDEX] : [API_BUNDLE]) {
    if (!existsSync(built)) {
      throw new BenchFailure(`${built} is missing: ${options.build ? 'the build did not write it' : 'run without --no-build'}`);
    }
  }
  if (options.browser && !existsSync(options.chromiumPath)) {
    throw new BenchFailure(`No Chromium at ${options.chromiumPath}: install Debian's (apt-get install chromium), point CHROMIUM_PATH at one, or run with --no-browser`);
  }
  for (const [port, variable] of [
    [options.apiPort, 'BENCH_API_PORT'],
    [options.postgresPort, 'BENCH_POSTGRES_PORT'],
  ] as const) {
    if (await portAnswers('127.0.0.1', port)) {
      throw new BenchFailure(`Port ${port} is taken: choose another with ${variable} (or the matching flag)`);
    }
  }

  resources.tempDir = mkdtempSync(join(tmpdir(), 'bep-bench-'));
  console.log(`Starting an embedded PostgreSQL on port ${options.postgresPort} (data in ${resources.tempDir}, removed at the end)...`);
  const host = await startEmbeddedDatabaseHost(options.postgresPort, 'bep', join(resources.tempDir, 'postgres'));
  resources.database = host.process;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: host.url,
    QUEUE_BACKEND: 'postgres',
    PORT: String(options.apiPort),
    // The demo's dates and every count of days follow from this instant, not from the day of the run.
    CLOCK_START: BENCH_CLOCK_START,
  };
  await step('migrations', [DB_COMMANDS, 'migrate'], env);
  await step('demo data', [DB_COMMANDS, 'seed-demo'], env);
  const loaded = await loadCampaigns(host.url, options.sizes);

  const base = `http://127.0.0.1:${options.apiPort}`;
  await startApi(resources, env, 1, base);
  const headers = { authorization: `Bearer ${await signIn(base)}` };
  const campaigns = await Promise.all(loaded.map(async (campaign) => ({ ...campaign, middleCursor: await middleCursor(base, headers, campaign) })));

  const plan = targets(options.endpoints, campaigns);
  const described = await checkTargets(base, headers, plan);
  // The second pass: the floor and the largest campaign, with several processes answering.
  const largest = campaigns.at(-1)?.label;
  const clustered = options.processes > 1 ? plan.filter((target) => target.campaign === null || target.campaign.label === largest) : [];
  const rows = options.connections.length * (plan.length + clustered.length);
  console.log(
    `\nMeasuring ${plan.length} endpoint/campaign pairs at ${options.connections.join(' then ')} connections, one after the other` +
      `${clustered.length ? `, then ${clustered.length} of them with ${options.processes} API processes` : ''}: ${options.warmupSeconds} s warm-up then ${options.durationSeconds} s each.`,
  );
  const loadBefore = loadavg()[0] ?? 0;
  const measurements: Measurement[] = [];
  const measureAll = async (pairs: Target[], processes: number) => {
    for (const connections of options.connections) {
      const settings = { connections, processes, durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds };
      for (const target of pairs) {
        const label = `${target.endpoint.name}${target.campaign ? ` (${target.campaign.label})` : ''}, ${connections} connections, ${processes} process${processes > 1 ? 'es' : ''}`;
        process.stdout.write(`  [${measurements.length + 1}/${rows}] ${label}... `);
        const settled = await waitUntilIdle(`${base}/api/health`);
        const measurement = await measure(`${base}${target.path}`, headers, settings, described[plan.indexOf(target)] ?? describe(target, 0));
        console.log(`${measurement.requestsPerSecond.toFixed(1)} req/s${settled >= 1 ? ` (waited ${settled.toFixed(0)} s for the API to be idle first)` : ''}`);
        measurements.push(measurement);
      }
    }
  };
  await measureAll(plan, 1);
  let pageTimings: PageTiming[] = [];
  if (options.browser) {
    // The smallest and the largest campaign, in the browser, while one process answers.
    const measured = [campaigns[0], campaigns.at(-1)].filter((campaign): campaign is CampaignUnderTest => campaign !== undefined);
    console.log(`\nMeasuring the web pages in ${options.chromiumPath} (${measured.map((c) => c.label).join(' and ')})...`);
    pageTimings = await measurePages(base, measured, DEMO_LOGIN, options.chromiumPath);
  }
  if (clustered.length > 0) {
    await stopApi(resources);
    await startApi(resources, env, options.processes, base);
    await measureAll(clustered, options.processes);
  }

  console.log(
    `\nResults (${campaigns.map((c) => `${c.label}: ${c.engagements} engagements`).join(', ')}; ` +
      `${options.durationSeconds} s per row)\nMachine: ${describeMachine(loadBefore)}\n`,
  );
  console.log(formatReport(measurements, FLOOR_ENDPOINT));
  if (pageTimings.length > 0) {
    console.log(`\nThe web pages in the browser (1440 x 900, signed in as a manager; the page's scripts cached, as for a returning user):\n\n${formatPageTimings(pageTimings)}`);
  }
  console.log(`\nRatio to floor: the endpoint's requests/s divided by those of /api/health. Whole run: ${Math.round((Date.now() - started) / 1000)} s.`);

  const problems = measurementProblems(measurements);
  if (problems.length > 0) {
    console.error(`\nFAILED:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  return 0;
}

/**
 * Starts the API the way production runs it, or `processes` of them on the one port (Node's
 * cluster, `api-cluster.ts`), and waits for its health check.
 */
async function startApi(resources: Resources, env: NodeJS.ProcessEnv, processes: number, base: string): Promise<void> {
  console.log(`Starting ${processes > 1 ? `${processes} API processes` : 'the API'} on ${base}...`);
  const api = processes > 1 ? startService(['--import', 'tsx', CLUSTER_RUNNER, API_BUNDLE], { ...env, API_PROCESSES: String(processes) }) : startService([API_BUNDLE], env);
  resources.api = api;
  api.once('exit', (code, signal) => {
    if (!resources.stopping && resources.api === api) {
      console.error(`The API stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
      void resources.release().then(() => process.exit(1));
    }
  });
  await waitForHealth(base, 60_000);
}

async function stopApi(resources: Resources): Promise<void> {
  const api = resources.api;
  resources.api = null;
  if (api) await stopService(api);
}

/** Runs a Node command to completion; its output is in the terminal above, so the failure is one line. */
async function step(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await runToCompletion(label, args, env);
  } catch (error) {
    throw new BenchFailure(error instanceof Error ? error.message : String(error));
  }
}

/** The demo campaign (the current one, loaded by seed-demo) and the synthetic ones of the sizes asked for, inserted here. */
async function loadCampaigns(databaseUrl: string, sizes: number[]): Promise<Omit<CampaignUnderTest, 'middleCursor'>[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const demo = await client.query<{ id: string; engagements: number }>(
      `SELECT c."id", (SELECT count(*)::int FROM "engagement" e WHERE e."campaign_id" = c."id") AS engagements FROM "campaign" c WHERE c."is_current"`,
    );
    const demoCampaign = demo.rows[0];
    if (!demoCampaign) {
      throw new BenchFailure('The demo data has no current campaign');
    }
    // Every demo engagement billed (numbered below the synthetic ranges), so that the demo's invoice page holds 37 rows
    // as its engagement list does: billed at a quarter like the synthetic campaigns, it held 10, and the ratio
    // compared a page of 10 rows with pages of 50 rather than a campaign of 37 with larger ones.
    await insertIssuedInvoices(client, 1, demoCampaign.engagements, demoCampaign.id);
    const campaigns = [{ label: 'demo', id: demoCampaign.id, engagements: demoCampaign.engagements, invoices: demoCampaign.engagements }];
    let firstNis = SYNTHETIC_NIS_FROM;
    for (const size of [...sizes].sort((a, b) => a - b)) {
      console.log(`Inserting a synthetic campaign of ${size} communes and engagements...`);
      const insertStarted = Date.now();
      campaigns.push({ label: String(size), id: await insertSyntheticCampaign(client, size, firstNis), engagements: size, invoices: billedCount(size) });
      console.log(`Inserted in ${((Date.now() - insertStarted) / 1000).toFixed(1)} s.`);
      firstNis += size;
    }
    const located = [];
    for (const campaign of campaigns) {
      located.push({ ...campaign, middleEngagementId: await middleEngagement(client, campaign.id) });
    }
    return located;
  } finally {
    await client.end();
  }
}

/**
 * The commune page measured: the middle one, by the list's order, of the engagements whose
 * questionnaire was submitted (the fullest page: scores, medians, timeline).
 */
async function middleEngagement(client: Client, campaignId: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `WITH answered AS (
       SELECT e."id", c."name" FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis"
         JOIN "survey_response" r ON r."engagement_id" = e."id" AND r."submitted_at" IS NOT NULL
        WHERE e."campaign_id" = $1)
     SELECT "id" FROM answered ORDER BY "name", "id" OFFSET (SELECT count(*) / 2 FROM answered) LIMIT 1`,
    [campaignId],
  );
  const id = rows[0]?.id;
  if (!id) throw new BenchFailure(`The campaign ${campaignId} has no submitted questionnaire`);
  return id;
}

/** The cursor that starts the middle page, as the page before it gives it (null when the middle page is the first). */
async function middleCursor(base: string, headers: Record<string, string>, campaign: Pick<CampaignUnderTest, 'id' | 'engagements'>): Promise<string | null> {
  const offset = middleOffset(campaign.engagements);
  if (offset === 0) return null;
  const response = await fetch(`${base}/api/engagements?campaignId=${campaign.id}&limit=1&offset=${offset - 1}`, { headers });
  const body = (await response.json().catch(() => null)) as { nextCursor?: unknown } | null;
  if (!response.ok || typeof body?.nextCursor !== 'string') {
    throw new BenchFailure(`No cursor for the middle page of campaign ${campaign.id}: ${response.status}`);
  }
  return body.nextCursor;
}

async function waitForHealth(base: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new BenchFailure(`The API did not answer ${base}/api/health with a 2xx within ${timeoutMs / 1000} s`);
}

/** One sign-in for the whole run (sign-in is throttled per account and address). */
async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LOGIN),
  });
  const body = (await response.json().catch(() => null)) as { accessToken?: unknown } | null;
  if (!response.ok || typeof body?.accessToken !== 'string') {
    throw new BenchFailure(`Sign-in as ${DEMO_LOGIN.email} failed: ${response.status}`);
  }
  return body.accessToken;
}

/** Calls each target once before any load: it must answer 2xx with the data loaded, or nothing is measured. */
async function checkTargets(base: string, headers: Record<string, string>, plan: Target[]): Promise<ReturnType<typeof describe>[]> {
  const described: ReturnType<typeof describe>[] = [];
  const problems: string[] = [];
  for (const target of plan) {
    const response = await fetch(`${base}${target.path}`, { headers });
    const text = await response.text();
    if (!response.ok) {
      problems.push(`GET ${target.path} answered ${response.status}: ${text.slice(0, 200)}`);
    } else {
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        problems.push(`GET ${target.path} did not answer JSON`);
      }
      const problem = checkBody(target, body);
      if (problem) problems.push(`GET ${target.path}: ${problem}`);
    }
    described.push(describe(target, Buffer.byteLength(text)));
    console.log(`  checked ${target.path.padEnd(40)} ${response.status} ${formatBytes(Buffer.byteLength(text))}`);
  }
  if (problems.length > 0) {
    throw new BenchFailure(`Not measured, the endpoints do not answer as they should:\n  ${problems.join('\n  ')}`);
  }
  return described;
}

/** The context that makes figures comparable: cores, memory, Node, and how busy the machine was. */
function describeMachine(loadBefore: number): string {
  const memoryGiB = Math.round(totalmem() / 1024 ** 3);
  return `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${memoryGiB} GiB, Node ${process.version}, ${platform()}; 1-minute load average ${loadBefore.toFixed(2)} before the measurements`;
}

function describe(target: Target, responseBytes: number): Pick<Measurement, 'endpoint' | 'campaign' | 'path' | 'responseBytes'> {
  return { endpoint: target.endpoint.name, campaign: target.campaign?.label ?? null, path: target.path, responseBytes };
}

function run(): void {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const resources = new Resources();
  const stop = (signal: NodeJS.Signals) => {
    if (resources.stopping) return;
    console.log(`\n${signal}: stopping...`);
    void resources.release().then(() => process.exit(130));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  main(options, resources).then(
    async (code) => {
      await resources.release();
      process.exit(code);
    },
    async (error: unknown) => {
      console.error(error instanceof BenchFailure || error instanceof UsageError ? `\nFAILED: ${error.message}` : error);
      await resources.release();
      process.exit(1);
    },
  );
}

run();
