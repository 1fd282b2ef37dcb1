/**
 * `npm start`: resolves where the data and the queue live, applies the migrations, loads the demo
 * data (never in production), then runs the API (which serves the built web app) and the worker.
 * Ctrl-C or SIGTERM stops the API and the worker gracefully, then the embedded PostgreSQL.
 */
import type { ChildProcess } from 'node:child_process';
import { describeDatastores, embeddedPostgresPort, resolveDatastores, StartupError } from './datastores';
import { ensureDatabaseExists } from './ensure-database';
import { portAnswers } from './port-probe';
import { runToCompletion, startEmbeddedDatabaseHost, startService, stopService } from './processes';

async function main(): Promise<void> {
  const datastores = await resolveDatastores(process.env, portAnswers);
  const embeddedPort = embeddedPostgresPort(process.env);
  let embedded: ChildProcess | null = null;
  const services: ChildProcess[] = [];
  let stopping = false;

  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping the API and the worker...');
    await Promise.all(services.map((service) => stopService(service)));
    if (embedded) {
      console.log('Stopping the embedded PostgreSQL...');
      await stopService(embedded);
    }
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  let databaseUrl: string;
  if (datastores.database.kind === 'embedded') {
    const host = await startEmbeddedDatabaseHost(embeddedPort, 'bep');
    embedded = host.process;
    databaseUrl = host.url;
  } else {
    databaseUrl = datastores.database.url;
    if (datastores.database.kind === 'local') {
      await ensureDatabaseExists(databaseUrl);
    }
  }
  console.log(describeDatastores(datastores, databaseUrl));

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  if (datastores.queue.kind === 'postgres') {
    env['QUEUE_BACKEND'] = 'postgres';
  } else {
    env['QUEUE_BACKEND'] = 'redis';
    env['REDIS_URL'] = datastores.queue.url;
  }

  try {
    await runToCompletion('migrations', ['dist/apps/api/db.js', 'migrate'], env);
    if (env['NODE_ENV'] !== 'production') {
      await runToCompletion('demo data', ['dist/apps/api/db.js', 'seed-demo'], env);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopAll(1);
    return;
  }

  for (const entry of ['dist/apps/api/main.js', 'dist/apps/worker/main.js']) {
    const service = startService([entry], env);
    service.once('exit', (code, signal) => {
      if (!stopping) {
        console.error(`${entry} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping everything.`);
        void stopAll(1);
      }
    });
    services.push(service);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? error.message : error);
  process.exit(1);
});
