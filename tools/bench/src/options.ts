import { parseArgs } from 'node:util';
import { ENDPOINTS, FLOOR_ENDPOINT } from './endpoints';

/** What `npm run bench` measures and where; every value has a flag and an environment variable. */
export interface BenchOptions {
  /** Concurrent connections of the load generator: every endpoint is measured at each. */
  connections: number[];
  /** Seconds measured per endpoint and campaign. */
  durationSeconds: number;
  /** Seconds of unmeasured load before each measurement (JIT, connection pool, caches). */
  warmupSeconds: number;
  /** Sizes of the synthetic campaigns measured beside the demo's 37 (one synthetic commune per engagement). */
  sizes: number[];
  /** Names from the endpoint table to measure; the floor is always measured. */
  endpoints: string[];
  apiPort: number;
  postgresPort: number;
  /** API processes (Node's cluster) of the second pass, over the floor and the largest campaign; 1: no second pass. */
  processes: number;
  /** Measure the web pages in Chromium (off with --no-browser). */
  browser: boolean;
  /** Debian's Chromium, or CHROMIUM_PATH. */
  chromiumPath: string;
  /** Build the API with Nx first (off to rerun on an existing build). */
  build: boolean;
  help: boolean;
}

export class UsageError extends Error {}

/** The synthetic communes of every synthetic campaign take the NIS codes from 10000 up; the real ones of Namur are 91xxx-93xxx. */
export const MAX_ENGAGEMENTS = 80_000;

interface NumberOption {
  key: 'durationSeconds' | 'warmupSeconds' | 'processes' | 'apiPort' | 'postgresPort';
  flag: string;
  env: string;
  fallback: number;
  min: number;
  max: number;
  meaning: string;
}

const NUMBER_OPTIONS: NumberOption[] = [
  { key: 'durationSeconds', flag: 'duration', env: 'BENCH_DURATION', fallback: 10, min: 1, max: 3600, meaning: 'seconds measured per endpoint and campaign' },
  { key: 'warmupSeconds', flag: 'warmup', env: 'BENCH_WARMUP', fallback: 2, min: 0, max: 600, meaning: 'seconds of unmeasured load before each measurement' },
  { key: 'processes', flag: 'processes', env: 'BENCH_PROCESSES', fallback: 2, min: 1, max: 16, meaning: 'API processes of the second pass (floor and largest campaign); 1 for none' },
  { key: 'apiPort', flag: 'api-port', env: 'BENCH_API_PORT', fallback: 3930, min: 1, max: 65535, meaning: 'port of the API under test' },
  { key: 'postgresPort', flag: 'postgres-port', env: 'BENCH_POSTGRES_PORT', fallback: 54330, min: 1, max: 65535, meaning: 'port of the embedded PostgreSQL' },
];

interface ListOption {
  key: 'connections' | 'sizes';
  flag: string;
  env: string;
  fallback: number[];
  min: number;
  max: number;
  meaning: string;
}

const LIST_OPTIONS: ListOption[] = [
  { key: 'connections', flag: 'connections', env: 'BENCH_CONNECTIONS', fallback: [10, 64], min: 1, max: 1000, meaning: 'concurrent connections, comma-separated: every endpoint at each' },
  { key: 'sizes', flag: 'sizes', env: 'BENCH_SIZES', fallback: [262, 565, 35_000], min: 1, max: MAX_ENGAGEMENTS, meaning: 'engagements of each synthetic campaign beside the demo, comma-separated' },
];

const MEASURED = ENDPOINTS.map((endpoint) => endpoint.name).filter((name) => name !== FLOOR_ENDPOINT);

export const USAGE = [
  'Usage: npm run bench -- [options]',
  '',
  ...LIST_OPTIONS.map((o) => `  --${`${o.flag} <n,...>`.padEnd(20)} ${o.meaning} (${o.env}, default ${o.fallback.join(',')})`),
  ...NUMBER_OPTIONS.map((o) => `  --${`${o.flag} <n>`.padEnd(20)} ${o.meaning} (${o.env}, default ${o.fallback})`),
  `  ${'--only <names>'.padEnd(22)} comma-separated endpoints among ${MEASURED.join(', ')} (BENCH_ONLY, default all); ${FLOOR_ENDPOINT} is always measured`,
  `  ${'--no-build'.padEnd(22)} use the existing dist/apps/api (and web) build (BENCH_BUILD=false)`,
  `  ${'--no-browser'.padEnd(22)} leave out the web pages measured in Chromium (BENCH_BROWSER=false; CHROMIUM_PATH, default /usr/bin/chromium)`,
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
        ...Object.fromEntries([...LIST_OPTIONS, ...NUMBER_OPTIONS].map((o) => [o.flag, { type: 'string' as const }])),
        only: { type: 'string' },
        'no-build': { type: 'boolean' },
        'no-browser': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }

  const options: BenchOptions = {
    connections: [],
    durationSeconds: 0,
    warmupSeconds: 0,
    sizes: [],
    processes: 0,
    apiPort: 0,
    postgresPort: 0,
    endpoints: MEASURED,
    build: values['no-build'] !== true && env['BENCH_BUILD'] !== 'false',
    browser: values['no-browser'] !== true && env['BENCH_BROWSER'] !== 'false',
    chromiumPath: env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    help: values['help'] === true,
  };
  // The flag's value, else the variable's, with what to name in an error.
  const given = (o: { flag: string; env: string }) => {
    const flagValue = values[o.flag];
    const raw = typeof flagValue === 'string' ? flagValue : env[o.env];
    return raw === undefined || raw === '' ? null : { raw, source: typeof flagValue === 'string' ? `--${o.flag}` : o.env };
  };
  for (const o of NUMBER_OPTIONS) {
    const value = given(o);
    options[o.key] = value ? integerIn(value.raw, o, value.source) : o.fallback;
  }
  for (const o of LIST_OPTIONS) {
    const value = given(o);
    options[o.key] = value ? value.raw.split(',').map((part) => integerIn(part.trim(), o, value.source)) : o.fallback;
  }
  const synthetic = options.sizes.reduce((sum, size) => sum + size, 0);
  if (synthetic > MAX_ENGAGEMENTS) {
    throw new UsageError(`The synthetic campaigns add up to ${synthetic} engagements: at most ${MAX_ENGAGEMENTS} in all (one synthetic commune each)`);
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

function integerIn(raw: string, option: Pick<NumberOption, 'min' | 'max' | 'meaning'>, source: string): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < option.min || value > option.max) {
    throw new UsageError(`${source} must be a whole number from ${option.min} to ${option.max} (${option.meaning}), not "${raw}"`);
  }
  return value;
}
