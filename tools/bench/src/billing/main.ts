/**
 * `npm run bench:billing`: the two figures of the billing issue, on the built API (as production
 * runs it) over an embedded PostgreSQL of its own with the demo data, on a fixed calendar:
 *  - issuing: rounds of 50 drafts issued by 50 concurrent requests; invoices per second, and the
 *    series checked afterwards (numbers 1..N, none twice, none skipped);
 *  - the accounting CSV export (`GET /api/invoices/export.csv`) of 10,000 then 100,000 issued
 *    invoices: time to the last byte, and the API's resident memory before and at its peak, to show
 *    whether memory stays flat as the rows grow tenfold.
 * Everything started is stopped and removed at the end.
 */
import { type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { portAnswers, runToCompletion, startEmbeddedDatabaseHost, startService, stopService } from '@bep/tools/start';
import { BENCH_CLOCK_START } from '../synthetic-campaign';
import { insertIssuedInvoices, SYNTHETIC_FISCAL_YEAR } from './issued-invoices';
import { residentMemoryMb, withPeakMemory } from './process-memory';

const API_BUNDLE = 'dist/apps/api/main.js';
const DB_COMMANDS = 'dist/apps/api/db.js';
const CONCURRENCY = Number(process.env['BENCH_ISSUE_CONCURRENCY'] ?? 50);
const ROUNDS = Number(process.env['BENCH_ISSUE_ROUNDS'] ?? 4);
const CSV_SIZES = (process.env['BENCH_CSV_ROWS'] ?? '10000,100000').split(',').map(Number);
const POSTGRES_PORT = Number(process.env['BENCH_POSTGRES_PORT'] ?? 54332);
const API_PORT = Number(process.env['BENCH_API_PORT'] ?? 3392);
const FINANCE = { email: 'finance@bep.demo', password: process.env['DEMO_PASSWORD'] || 'demo-bep-2019' };

interface IssuingResult {
  invoices: number;
  seconds: number;
  gaps: number;
  duplicates: number;
}

interface ExportResult {
  rows: number;
  seconds: number;
  megabytes: number;
  baselineMb: number;
  peakMb: number;
}

async function api<T>(base: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function signIn(base: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const health = await fetch(`${base}/api/health`).catch(() => null);
    if (health?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const response = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(FINANCE) });
  const body = (await response.json()) as { accessToken?: string };
  if (!body.accessToken) throw new Error(`Sign-in as ${FINANCE.email} failed: ${response.status}`);
  return body.accessToken;
}

/** Rounds of `CONCURRENCY` drafts, each round issued by as many requests at once; the series is checked in the database. */
async function benchIssuing(base: string, token: string, client: Client): Promise<IssuingResult> {
  const engagements = (await client.query<{ id: string }>(`SELECT e."id" FROM "engagement" e JOIN "campaign" k ON k."id" = e."campaign_id" AND k."is_current" ORDER BY e."commune_nis"`)).rows;
  let seconds = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const drafts: { id: string }[] = [];
    for (let index = 0; index < CONCURRENCY; index++) {
      const engagement = engagements[index % engagements.length];
      drafts.push(
        await api<{ id: string }>(base, token, 'POST', '/api/invoices', {
          engagementId: engagement?.id,
          service: 'other',
          lines: [{ description: 'Prestation (benchmark)', unitPriceCents: 10_000 }],
        }),
      );
    }
    const started = performance.now();
    await Promise.all(drafts.map((draft) => api(base, token, 'POST', `/api/invoices/${draft.id}/issue`, {})));
    seconds += (performance.now() - started) / 1000;
  }
  const { rows } = await client.query<{ sequence: number }>(`SELECT "sequence" FROM "invoice" WHERE "series" = 'CF' AND "fiscal_year" <> $1 ORDER BY "sequence"`, [SYNTHETIC_FISCAL_YEAR]);
  const sequences = rows.map((row) => row.sequence);
  const distinct = new Set(sequences);
  const expected = ROUNDS * CONCURRENCY;
  return { invoices: sequences.length, seconds, duplicates: sequences.length - distinct.size, gaps: [...Array(expected).keys()].filter((n) => !distinct.has(n + 1)).length };
}

/** Downloads the whole export, counting its bytes and rows, while the API's memory is sampled. */
async function benchExport(base: string, token: string, apiProcess: ChildProcess, rows: number): Promise<ExportResult> {
  const baselineMb = residentMemoryMb(apiProcess.pid);
  const started = performance.now();
  const { result, peakMb } = await withPeakMemory(apiProcess.pid, async () => {
    const response = await fetch(`${base}/api/invoices/export.csv?status=issued`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok || !response.body) throw new Error(`export.csv: ${response.status}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 0x0a) lines++;
    }
    return { bytes, lines };
  });
  const seconds = (performance.now() - started) / 1000;
  // The header is a line; the rows are the others (the issuing benchmark's invoices are among them).
  if (result.lines - 1 < rows) throw new Error(`The export has ${result.lines - 1} rows, fewer than the ${rows} inserted`);
  return { rows: result.lines - 1, seconds, megabytes: result.bytes / 1024 / 1024, baselineMb, peakMb };
}

async function main(): Promise<number> {
  for (const bundle of [API_BUNDLE, DB_COMMANDS]) {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run "npx nx build api" first`);
  }
  for (const port of [POSTGRES_PORT, API_PORT]) {
    if (await portAnswers('127.0.0.1', port)) throw new Error(`Port ${port} is taken: choose others with BENCH_POSTGRES_PORT and BENCH_API_PORT`);
  }
  const tempDir = mkdtempSync(join(tmpdir(), 'bep-bench-billing-'));
  const host = await startEmbeddedDatabaseHost(POSTGRES_PORT, 'bep', join(tempDir, 'postgres'));
  let apiProcess: ChildProcess | null = null;
  const client = new Client({ connectionString: host.url });
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', DATABASE_URL: host.url, QUEUE_BACKEND: 'postgres', PORT: String(API_PORT), CLOCK_START: BENCH_CLOCK_START };
    await runToCompletion('migrations', [DB_COMMANDS, 'migrate'], env);
    await runToCompletion('demo data', [DB_COMMANDS, 'seed-demo'], env);
    apiProcess = startService([API_BUNDLE], env);
    const base = `http://127.0.0.1:${API_PORT}`;
    const token = await signIn(base);
    await client.connect();

    console.log(`\nIssuing: ${ROUNDS} rounds of ${CONCURRENCY} drafts issued by ${CONCURRENCY} concurrent requests...`);
    const issuing = await benchIssuing(base, token, client);

    const exports: ExportResult[] = [];
    let inserted = 0;
    for (const size of CSV_SIZES) {
      console.log(`\nInserting issued invoices up to ${size}...`);
      await insertIssuedInvoices(client, inserted + 1, size - inserted);
      inserted = size;
      await client.query('VACUUM ANALYZE "invoice"');
      console.log(`Exporting ${size} invoices as CSV...`);
      exports.push(await benchExport(base, token, apiProcess, size));
    }

    console.log(`\nMachine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`);
    console.log('\n| issuing | invoices | time | invoices/s | gaps | duplicates |');
    console.log('|---|--:|--:|--:|--:|--:|');
    console.log(`| ${ROUNDS} x ${CONCURRENCY} concurrent | ${issuing.invoices} | ${issuing.seconds.toFixed(2)} s | ${(issuing.invoices / issuing.seconds).toFixed(0)} | ${issuing.gaps} | ${issuing.duplicates} |`);
    console.log('\n| CSV export | rows | size | time to last byte | API memory before | API peak memory |');
    console.log('|---|--:|--:|--:|--:|--:|');
    for (const e of exports) {
      console.log(`| status=issued | ${e.rows} | ${e.megabytes.toFixed(1)} MiB | ${e.seconds.toFixed(2)} s | ${e.baselineMb.toFixed(0)} MiB | ${e.peakMb.toFixed(0)} MiB |`);
    }
    return issuing.gaps === 0 && issuing.duplicates === 0 && issuing.invoices === ROUNDS * CONCURRENCY ? 0 : 1;
  } finally {
    await client.end().catch(() => undefined);
    if (apiProcess) await stopService(apiProcess);
    await stopService(host.process);
    rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
