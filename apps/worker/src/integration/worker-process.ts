import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { QueueConfig } from '@bep/server/core/config';
import { eventually } from '@bep/server/core/testing';

export interface WorkerProcess {
  /** Everything the process wrote, for the test's failure message. */
  readonly output: () => string;
  /** SIGKILL: the process stops at once, whatever it was doing (as a crash or an OOM kill would). */
  kill(): Promise<void>;
  /** SIGTERM: the process lets its jobs in flight finish, then exits. */
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '../../../..');

/**
 * The worker's own entry point (`apps/worker/src/main.ts`) in a process of its own, compiled on
 * the fly, configured through its environment as in production: what a second machine would run.
 */
export async function startWorkerProcess(env: { databaseUrl: string; queue: QueueConfig; smtpUrl?: string; clockStart: string }): Promise<WorkerProcess> {
  const queueEnv =
    env.queue.backend === 'redis' ? { REDIS_URL: env.queue.redisUrl, QUEUE_PREFIX: env.queue.prefix } : { QUEUE_BACKEND: 'postgres' as const };
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      DATABASE_URL: env.databaseUrl,
      ...queueEnv,
      ...(env.smtpUrl ? { SMTP_URL: env.smtpUrl } : {}),
      CLOCK_START: env.clockStart,
      TS_NODE_PROJECT: 'apps/worker/tsconfig.app.json',
      TS_NODE_TRANSPILE_ONLY: 'true',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`The worker process exited (${child.exitCode}):\n${output}`);
      return output.includes('Worker started') ? true : undefined;
    },
    'the worker process to start',
    60_000,
  );
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return { output: () => output, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}
