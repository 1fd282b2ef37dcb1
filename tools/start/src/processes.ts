import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Runs a command to completion, inheriting the terminal; rejects when it fails. */
export function runToCompletion(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`))));
  });
}

/** A long-running Node process (the API, the worker) whose output goes to the terminal. */
export function startService(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { env, stdio: 'inherit' });
}

/** Asks a process to stop (SIGTERM: it finishes its work) and waits; kills it after the grace period. */
export function stopService(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the embedded PostgreSQL host (see embedded-database-host.ts) and waits for its URL.
 * Without `dataDir` the data lives in .data/postgres.
 */
export function startEmbeddedDatabaseHost(port: number, database: string, dataDir?: string): Promise<{ url: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const args = [...process.execArgv, join(__dirname, 'embedded-database-host.ts'), String(port), database, ...(dataDir ? [dataDir] : [])];
    const child = spawn(process.execPath, args, {
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The embedded PostgreSQL host stopped (exit code ${code})`)));
    child.once('message', (message: { url: string }) => {
      child.removeAllListeners('exit');
      resolve({ url: message.url, process: child });
    });
  });
}
