/**
 * Hosts the embedded PostgreSQL in a process of its own, started detached by the start script so
 * that Ctrl-C in the terminal does not reach it: the database stops only after the API and the
 * worker have closed their connections. It reports its URL over IPC, stops on SIGTERM, and also
 * when the start script disappears (IPC disconnect), so that no server is left behind.
 * Arguments: port, database name, and optionally the data folder (default .data/postgres).
 */
import { startEmbeddedDatabase } from './embedded-database';

async function host(): Promise<void> {
  const port = Number(process.argv[2]);
  const database = await startEmbeddedDatabase(port, process.argv[3] ?? 'bep', process.argv[4]);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  process.send?.({ url: database.url });
}

host().catch((error: unknown) => {
  console.error(`The embedded PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
