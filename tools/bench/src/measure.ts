import autocannon from 'autocannon';
import type { Measurement } from './report';

export interface LoadSettings {
  connections: number;
  /** API processes answering, as the report labels the row. */
  processes: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/**
 * Loads one URL with autocannon: an unmeasured warm-up, then the measured run. The load generator
 * runs in this process, on the same machine as the API and the database.
 */
export async function measure(
  url: string,
  headers: Record<string, string>,
  settings: LoadSettings,
  described: Pick<Measurement, 'endpoint' | 'campaign' | 'path' | 'responseBytes'>,
): Promise<Measurement> {
  const base = { url, headers, connections: settings.connections, timeout: 30 };
  if (settings.warmupSeconds > 0) {
    await autocannon({ ...base, duration: settings.warmupSeconds });
  }
  const result = await autocannon({ ...base, duration: settings.durationSeconds });
  return {
    ...described,
    connections: settings.connections,
    processes: settings.processes,
    requestsPerSecond: result.requests.average,
    completed: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Waits until the API is idle again: when autocannon stops, the server still finishes the requests
 * that were in flight (a slow endpoint can keep it busy for seconds), and that work must not be
 * counted against the next endpoint. Idle means three health checks in a row answered quickly.
 * Returns the seconds waited.
 */
export async function waitUntilIdle(healthUrl: string, quickMs = 100, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  let quickInARow = 0;
  while (quickInARow < 3 && Date.now() - started < timeoutMs) {
    const sent = Date.now();
    const response = await fetch(healthUrl).catch(() => null);
    await response?.arrayBuffer();
    quickInARow = response?.ok && Date.now() - sent < quickMs ? quickInARow + 1 : 0;
    if (quickInARow === 0) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return (Date.now() - started) / 1000;
}
