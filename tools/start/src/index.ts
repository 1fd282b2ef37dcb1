/**
 * What other tools reuse of the start script (the benchmark starts the app the same way):
 * the embedded PostgreSQL host, the child processes, the port probe.
 */
export { portAnswers } from './port-probe';
export { runToCompletion, startEmbeddedDatabaseHost, startService, stopService } from './processes';
