/**
 * `npm run bench:reminders`: 10,000 reminders due at once, delivered by one worker (the built
 * `dist/apps/worker/main.js`, as production runs it) through a local SMTP server, on each queue
 * backend (Redis when one answers on 127.0.0.1:6379 or at BENCH_REDIS_URL, and BullMQ's PostgreSQL
 * backend). Prints per backend: time from the worker's start to the first and the last delivery,
 * messages per second, duplicates (messages minus distinct Message-IDs) and the worker's peak
 * memory. An embedded PostgreSQL on a port of its own holds a fresh database per backend; all is
 * stopped and removed at the end. The calendar is fixed (CLOCK_START): a Tuesday at 10:00, inside
 * the sending window.
 */
import { type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { portAnswers, runToCompletion, startEmbeddedDatabaseHost, startService, stopService } from '@bep/tools/start';
import { BENCH_CLOCK_START } from '../synthetic-campaign';
import { insertDueReminders } from './reminders-data';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

const WORKER_BUNDLE = 'dist/apps/worker/main.js';
const DB_COMMANDS = 'dist/apps/api/db.js';
const COUNT = Number(process.env['BENCH_REMINDERS'] ?? 10_000);
const POSTGRES_PORT = Number(process.env['BENCH_POSTGRES_PORT'] ?? 54331);
const REDIS_URL = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const BOUND_MS = 10 * 60_000;

interface Result {
  backend: string;
  firstSeconds: number;
  lastSeconds: number;
  perSecond: number;
  duplicates: number;
  delivered: number;
  peakMemoryMb: number;
}

/** The process's peak resident memory (VmHWM) in MiB, from Linux's /proc; 0 elsewhere. */
function peakMemoryMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

async function run(backend: 'redis' | 'postgres', adminUrl: string, sink: SmtpSink): Promise<Result> {
  const database = `bench_reminders_${backend}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const prefix = `bench-reminders-${Date.now()}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: url.toString(),
    ...(backend === 'redis' ? { REDIS_URL, QUEUE_PREFIX: prefix, QUEUE_BACKEND: 'redis' } : { QUEUE_BACKEND: 'postgres' }),
    SMTP_URL: sink.url,
    CLOCK_START: BENCH_CLOCK_START,
  };
  await runToCompletion('migrations', [DB_COMMANDS, 'migrate'], env);
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  await insertDueReminders(client, COUNT, new Date(BENCH_CLOCK_START));
  await client.end();

  sink.reset();
  const started = Date.now();
  const worker: ChildProcess = startService([WORKER_BUNDLE], env);
  let peak = 0;
  try {
    while (sink.received < COUNT && Date.now() - started < BOUND_MS) {
      peak = Math.max(peak, peakMemoryMb(worker.pid));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Anything sent twice would arrive right after: wait a little before counting.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    peak = Math.max(peak, peakMemoryMb(worker.pid));
  } finally {
    await stopService(worker);
  }
  const delivered = sink.received;
  const lastSeconds = ((sink.lastAt ?? Date.now()) - started) / 1000;
  const firstSeconds = ((sink.firstAt ?? Date.now()) - started) / 1000;
  return {
    backend,
    firstSeconds,
    lastSeconds,
    perSecond: delivered / Math.max(0.001, lastSeconds - firstSeconds),
    duplicates: sink.received - sink.distinctMessageIds,
    delivered,
    peakMemoryMb: peak,
  };
}

async function main(): Promise<number> {
  for (const bundle of [WORKER_BUNDLE, DB_COMMANDS]) {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run "npx nx run-many -t build -p api worker" first`);
  }
  if (await portAnswers('127.0.0.1', POSTGRES_PORT)) throw new Error(`Port ${POSTGRES_PORT} is taken: choose another with BENCH_POSTGRES_PORT`);
  const tempDir = mkdtempSync(join(tmpdir(), 'bep-bench-reminders-'));
  const host = await startEmbeddedDatabaseHost(POSTGRES_PORT, 'bep', join(tempDir, 'postgres'));
  const sink = await startSmtpSink();
  const results: Result[] = [];
  try {
    const redisHost = new URL(REDIS_URL);
    const backends: ('redis' | 'postgres')[] = (await portAnswers(redisHost.hostname, Number(redisHost.port || 6379))) ? ['redis', 'postgres'] : ['postgres'];
    for (const backend of backends) {
      console.log(`\n${COUNT} reminders due at once, queue on ${backend}...`);
      const result = await run(backend, host.url, sink);
      console.log(`  delivered ${result.delivered} in ${result.lastSeconds.toFixed(1)} s`);
      results.push(result);
    }
  } finally {
    await sink.close();
    await stopService(host.process);
    rmSync(tempDir, { recursive: true, force: true });
  }
  console.log(`\nMachine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`);
  console.log('| backend | delivered | first delivery | last delivery | messages/s | duplicates | worker peak memory |');
  console.log('|---|--:|--:|--:|--:|--:|--:|');
  for (const r of results) {
    console.log(`| ${r.backend} | ${r.delivered} | ${r.firstSeconds.toFixed(1)} s | ${r.lastSeconds.toFixed(1)} s | ${r.perSecond.toFixed(0)} | ${r.duplicates} | ${r.peakMemoryMb.toFixed(0)} MiB |`);
  }
  return results.every((r) => r.delivered === COUNT && r.duplicates === 0) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
