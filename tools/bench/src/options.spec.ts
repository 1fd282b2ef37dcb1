import { MAX_ENGAGEMENTS, parseOptions, UsageError } from './options';

describe('parseOptions', () => {
  it('measures every endpoint for 10 s at 10 then 64 connections, for campaigns of 262, 565 and 35,000, on its own ports by default', () => {
    expect(parseOptions([], {})).toEqual({
      connections: [10, 64],
      durationSeconds: 10,
      warmupSeconds: 2,
      sizes: [262, 565, 35_000],
      endpoints: ['pipeline', 'stats', 'engagements', 'engagements-cursor', 'communes', 'reminders', 'invoices', 'commune-page', 'commune-maturity', 'maturity'],
      processes: 2,
      apiPort: 3930,
      postgresPort: 54330,
      build: true,
      browser: true,
      chromiumPath: '/usr/bin/chromium',
      help: false,
    });
  });

  it('takes a flag over the environment, and the environment over the default', () => {
    const options = parseOptions(['--duration', '30', '--connections=4'], { BENCH_DURATION: '20', BENCH_WARMUP: '0', BENCH_API_PORT: '4000' });
    expect(options).toMatchObject({ durationSeconds: 30, connections: [4], warmupSeconds: 0, apiPort: 4000 });
  });

  it('takes lists of connections and of sizes', () => {
    expect(parseOptions(['--connections', '10, 64', '--sizes', '1000'], {})).toMatchObject({ connections: [10, 64], sizes: [1000] });
    expect(parseOptions([], { BENCH_SIZES: '37,262' }).sizes).toEqual([37, 262]);
  });

  it('measures a subset in the order of the table, the floor always', () => {
    expect(parseOptions(['--only', 'engagements, pipeline,health'], {}).endpoints).toEqual(['pipeline', 'engagements']);
    expect(parseOptions([], { BENCH_ONLY: 'stats' }).endpoints).toEqual(['stats']);
  });

  it('leaves the browser out with --no-browser or BENCH_BROWSER=false, and takes CHROMIUM_PATH', () => {
    expect(parseOptions(['--no-browser'], {}).browser).toBe(false);
    expect(parseOptions([], { BENCH_BROWSER: 'false', CHROMIUM_PATH: '/opt/chromium' })).toMatchObject({ browser: false, chromiumPath: '/opt/chromium' });
  });

  it('skips the build with --no-build or BENCH_BUILD=false', () => {
    expect(parseOptions(['--no-build'], {}).build).toBe(false);
    expect(parseOptions([], { BENCH_BUILD: 'false' }).build).toBe(false);
  });

  it.each([
    [['--duration', '0'], '--duration must be a whole number from 1 to 3600'],
    [['--connections', '2.5'], '--connections must be a whole number'],
    [['--sizes', String(MAX_ENGAGEMENTS + 1)], `--sizes must be a whole number from 1 to ${MAX_ENGAGEMENTS}`],
    [['--sizes', `${MAX_ENGAGEMENTS},1`], `add up to ${MAX_ENGAGEMENTS + 1} engagements`],
    [['--connections', '10,'], '--connections must be a whole number'],
    [['--only', 'pipline'], 'Unknown endpoint pipline: choose among pipeline, stats, engagements, engagements-cursor, communes, reminders, invoices, commune-page, commune-maturity, maturity'],
    [['--api-port', '5000', '--postgres-port', '5000'], 'two different ports'],
    [['--turbo'], "Unknown option '--turbo'"],
  ])('refuses %p', (argv, message) => {
    expect(() => parseOptions(argv, {})).toThrow(UsageError);
    expect(() => parseOptions(argv, {})).toThrow(message);
  });

  it('names the variable when the environment holds a bad value', () => {
    expect(() => parseOptions([], { BENCH_CONNECTIONS: 'many' })).toThrow('BENCH_CONNECTIONS must be a whole number');
  });
});
