/**
 * Runs several API processes on one port with Node's cluster module, as a deployment runs replicas
 * behind a load balancer: the primary accepts the connections and hands them to the processes in
 * turn (round robin, the default on Linux). Usage: `node --import tsx api-cluster.ts <api bundle>`,
 * with `API_PROCESSES` (2 by default) and the API's environment. SIGTERM stops every process.
 */
import cluster from 'node:cluster';

const bundle = process.argv[2];
const processes = Number(process.env['API_PROCESSES'] ?? 2);
if (!bundle || !Number.isInteger(processes) || processes < 1) {
  console.error('Usage: API_PROCESSES=<n> node --import tsx api-cluster.ts <api bundle>');
  process.exit(2);
}

let stopping = false;
cluster.setupPrimary({ exec: bundle });
for (let i = 0; i < processes; i += 1) cluster.fork();

// One process that dies ends the measurement: the figures would be those of fewer processes.
cluster.on('exit', (worker, code, signal) => {
  if (!stopping) {
    console.error(`API process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}): stopping the others.`);
    stop(1);
  }
});
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));

function stop(code: number): void {
  stopping = true;
  const running = Object.values(cluster.workers ?? {}).filter((worker) => worker && !worker.isDead());
  if (running.length === 0) process.exit(code);
  let left = running.length;
  for (const worker of running) {
    worker?.once('exit', () => {
      left -= 1;
      if (left === 0) process.exit(code);
    });
    worker?.kill('SIGTERM');
  }
}
