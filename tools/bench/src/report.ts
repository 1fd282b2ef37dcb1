/** One endpoint measured for one campaign (none for the floor). */
export interface Measurement {
  endpoint: string;
  campaign: string | null;
  path: string;
  /** Concurrent connections of the load. */
  connections: number;
  /** API processes answering (Node's cluster past 1). */
  processes: number;
  /** Mean of the per-second request counts. */
  requestsPerSecond: number;
  /** Requests answered during the measured run. */
  completed: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Size of one response body, from the check made before the load. */
  responseBytes: number;
}

const HEADERS = ['endpoint', 'campaign', 'proc.', 'conn.', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'response', 'ratio to floor'];
const RIGHT_ALIGNED = new Set(['proc.', 'conn.', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'response', 'ratio to floor']);

/**
 * The results as a Markdown table (readable in a terminal, pasted as is into docs/performance.md).
 * The ratio is the endpoint's requests per second over the floor's with the same processes and
 * connections: 1 for the floor, 0.25 for an endpoint that serves a quarter of the floor's throughput.
 */
export function formatReport(measurements: readonly Measurement[], floorEndpoint: string): string {
  const floorOf = (m: Measurement) =>
    measurements.find((floor) => floor.endpoint === floorEndpoint && floor.campaign === null && floor.connections === m.connections && floor.processes === m.processes);
  const rows = measurements.map((m) => [
    `\`${m.endpoint}\``,
    m.campaign ?? '-',
    String(m.processes),
    String(m.connections),
    formatRate(m.requestsPerSecond),
    formatMs(m.p50Ms),
    formatMs(m.p99Ms),
    String(m.non2xx),
    String(m.errors),
    formatBytes(m.responseBytes),
    ratioToFloor(m, floorOf(m)),
  ]);
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (RIGHT_ALIGNED.has(HEADERS[column] ?? '') ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (RIGHT_ALIGNED.has(HEADERS[column] ?? '') ? `${'-'.repeat(width + 1)}:` : `${'-'.repeat(width + 2)}`)).join('|')}|`;
  return [line(HEADERS), rule, ...rows.map(line)].join('\n');
}

function ratioToFloor(measurement: Measurement, floor: Measurement | undefined): string {
  return floor && floor.requestsPerSecond > 0 ? formatRatio(measurement.requestsPerSecond / floor.requestsPerSecond) : 'n/a';
}

/** What makes the run fail: answers other than 2xx, connection errors, or no answer at all. */
export function measurementProblems(measurements: readonly Measurement[]): string[] {
  return measurements.flatMap((m) => {
    const name = `${m.endpoint}${m.campaign ? ` (${m.campaign})` : ''} at ${m.connections} connections, ${m.processes} process${m.processes > 1 ? 'es' : ''}`;
    return [
      ...(m.non2xx > 0 ? [`${name}: ${m.non2xx} answers other than 2xx`] : []),
      ...(m.errors > 0 ? [`${name}: ${m.errors} connection errors or timeouts`] : []),
      ...(m.completed === 0 ? [`${name}: no request completed during the run (give it a longer --duration)`] : []),
    ];
  });
}

function formatRate(perSecond: number): string {
  return perSecond >= 100 ? perSecond.toFixed(0) : perSecond.toFixed(1);
}

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

/** Two decimals, or two significant digits below 0.1 so that a slow endpoint does not read as 0.00. */
export function formatRatio(ratio: number): string {
  if (ratio === 0) return '0';
  return ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
