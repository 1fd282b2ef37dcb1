import { parseArgs } from 'node:util';
import { ENDPOINTS, FLOOR_ENDPOINT } from './endpoints';

/** What `npm run bench` measures and where; every value has a flag and an environment variable. */
export interface BenchOptions {
  /** Concurrent connections of the load generator. */
  connections: number;
  /** Seconds measured per endpoint and campaign. */
  durationSeconds: number;
  /** Seconds of unmeasured load before each measurement (JIT, connection pool, caches). */
  warmupSeconds: number;
  /** Size of the synthetic campaign (one synthetic commune per engagement). */
  engagements: number;
  /** Names from the endpoint table to measure; the floor is always measured. */
  endpoints: string[];
  apiPort: number;
  postgresPort: number;
  /** Build the API with Nx first (off to rerun on an existing build). */
  build: boolean;
  help: boolean;
}

export class UsageError extends Error {}

/** The synthetic communes take the NIS codes from 10000 up; the real ones of Namur are 91xxx-93xxx. */
export const MAX_ENGAGEMENTS = 80_000;

interface NumberOption {
  key: 'connections' | 'durationSeconds' | 'warmupSeconds' | 'engagements' | 'apiPort' | 'postgresPort';
  flag: string;
  env: string;
  fallback: number;
  min: number;
  max: number;
  meaning: string;
}

const NUMBER_OPTIONS: NumberOption[] = [
  { key: 'connections', flag: 'connections', env: 'BENCH_CONNECTIONS', fallback: 10, min: 1, max: 1000, meaning: 'concurrent connections' },
  { key: 'durationSeconds', flag: 'duration', env: 'BENCH_DURATION', fallback: 10, min: 1, max: 3600, meaning: 'seconds measured per endpoint and campaign' },
  { key: 'warmupSeconds', flag: 'warmup', env: 'BENCH_WARMUP', fallback: 2, min: 0, max: 600, meaning: 'seconds of unmeasured load before each measurement' },
  { key: 'engagements', flag: 'engagements', env: 'BENCH_ENGAGEMENTS', fallback: 35_000, min: 1, max: MAX_ENGAGEMENTS, meaning: 'engagements of the synthetic campaign' },
  { key: 'apiPort', flag: 'api-port', env: 'BENCH_API_PORT', fallback: 3930, min: 1, max: 65535, meaning: 'port of the API under test' },
  { key: 'postgresPort', flag: 'postgres-port', env: 'BENCH_POSTGRES_PORT', fallback: 54330, min: 1, max: 65535, meaning: 'port of the embedded PostgreSQL' },
];

const MEASURED = ENDPOINTS.map((endpoint) => endpoint.name).filter((name) => name !== FLOOR_ENDPOINT);

export const USAGE = [
  'Usage: npm run bench -- [options]',
  '',
  ...NUMBER_OPTIONS.map((o) => `  --${`${o.flag} <n>`.padEnd(20)} ${o.meaning} (${o.env}, default ${o.fallback})`),
  `  ${'--only <names>'.padEnd(22)} comma-separated endpoints among ${MEASURED.join(', ')} (BENCH_ONLY, default all); ${FLOOR_ENDPOINT} is always measured`,
  `  ${'--no-build'.padEnd(22)} use the existing dist/apps/api build (BENCH_BUILD=false)`,
  `  ${'--help'.padEnd(22)} this text`,
].join('\n');

/** Reads the flags, then the environment, then the defaults; refuses anything it does not understand. */
export function parseOptions(argv: string[], env: Record<string, string | undefined>): BenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(NUMBER_OPTIONS.map((o) => [o.flag, { type: 'string' as const }])),
        only: { type: 'string' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }

  const options: BenchOptions = {
    connections: 0,
    durationSeconds: 0,
    warmupSeconds: 0,
    engagements: 0,
    apiPort: 0,
    postgresPort: 0,
    endpoints: MEASURED,
    build: values['no-build'] !== true && env['BENCH_BUILD'] !== 'false',
    help: values['help'] === true,
  };
  for (const o of NUMBER_OPTIONS) {
    const flagValue = values[o.flag];
    const raw = typeof flagValue === 'string' ? flagValue : env[o.env];
    options[o.key] = raw === undefined || raw === '' ? o.fallback : integerIn(raw, o, typeof flagValue === 'string' ? `--${o.flag}` : o.env);
  }
  const only = typeof values['only'] === 'string' ? values['only'] : env['BENCH_ONLY'];
  if (only) {
    const names = only.split(',').map((name) => name.trim()).filter((name) => name && name !== FLOOR_ENDPOINT);
    const unknown = names.filter((name) => !MEASURED.includes(name));
    if (unknown.length > 0) {
      throw new UsageError(`Unknown endpoint ${unknown.join(', ')}: choose among ${MEASURED.join(', ')}`);
    }
    options.endpoints = MEASURED.filter((name) => names.includes(name));
  }
  if (options.apiPort === options.postgresPort) {
    throw new UsageError('The API and the embedded PostgreSQL need two different ports');
  }
  return options;
}

function integerIn(raw: string, option: NumberOption, source: string): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < option.min || value > option.max) {
    throw new UsageError(`${source} must be a whole number from ${option.min} to ${option.max} (${option.meaning}), not "${raw}"`);
  }
  return value;
}
