import { formatBytes, formatRatio, formatReport, measurementProblems, type Measurement } from './report';

const measured = (endpoint: string, campaign: string | null, requestsPerSecond: number, extra: Partial<Measurement> = {}): Measurement => ({
  endpoint,
  campaign,
  path: `/api/${endpoint}`,
  connections: 10,
  processes: 1,
  requestsPerSecond,
  completed: Math.round(requestsPerSecond * 10),
  p50Ms: 4,
  p99Ms: 120.4,
  non2xx: 0,
  errors: 0,
  responseBytes: 2048,
  ...extra,
});

describe('formatReport', () => {
  it('prints one Markdown row per measurement with its ratio to the floor at the same connections', () => {
    const table = formatReport(
      [
        measured('health', null, 2000),
        measured('pipeline', 'demo', 500),
        measured('pipeline', 'synthetic', 3.2),
        measured('health', null, 1000, { connections: 64 }),
        measured('pipeline', 'demo', 500, { connections: 64 }),
        measured('health', null, 4000, { processes: 2 }),
        measured('pipeline', 'synthetic', 1000, { processes: 2 }),
      ],
      'health',
    );
    expect(table.split('\n')).toEqual([
      '| endpoint   | campaign  | proc. | conn. | req/s | p50 ms | p99 ms | non-2xx | errors | response | ratio to floor |',
      '|------------|-----------|------:|------:|------:|-------:|-------:|--------:|-------:|---------:|---------------:|',
      '| `health`   | -         |     1 |    10 |  2000 |    4.0 |    120 |       0 |      0 |  2.0 KiB |           1.00 |',
      '| `pipeline` | demo      |     1 |    10 |   500 |    4.0 |    120 |       0 |      0 |  2.0 KiB |           0.25 |',
      '| `pipeline` | synthetic |     1 |    10 |   3.2 |    4.0 |    120 |       0 |      0 |  2.0 KiB |         0.0016 |',
      '| `health`   | -         |     1 |    64 |  1000 |    4.0 |    120 |       0 |      0 |  2.0 KiB |           1.00 |',
      '| `pipeline` | demo      |     1 |    64 |   500 |    4.0 |    120 |       0 |      0 |  2.0 KiB |           0.50 |',
      '| `health`   | -         |     2 |    10 |  4000 |    4.0 |    120 |       0 |      0 |  2.0 KiB |           1.00 |',
      '| `pipeline` | synthetic |     2 |    10 |  1000 |    4.0 |    120 |       0 |      0 |  2.0 KiB |           0.25 |',
    ]);
  });

  it('has no ratio when the floor was not measured', () => {
    expect(formatReport([measured('pipeline', 'demo', 500)], 'health')).toMatch(/\| +n\/a \|$/);
  });
});

describe('measurementProblems', () => {
  it('names each row that answered other than 2xx, failed to connect or completed nothing', () => {
    const problems = measurementProblems([
      measured('health', null, 2000),
      measured('stats', 'demo', 800, { non2xx: 8000 }),
      measured('pipeline', 'synthetic', 0, { completed: 0, errors: 2 }),
    ]);
    expect(problems).toEqual([
      'stats (demo) at 10 connections, 1 process: 8000 answers other than 2xx',
      'pipeline (synthetic) at 10 connections, 1 process: 2 connection errors or timeouts',
      'pipeline (synthetic) at 10 connections, 1 process: no request completed during the run (give it a longer --duration)',
    ]);
  });

  it('finds nothing in a clean run', () => {
    expect(measurementProblems([measured('health', null, 2000), measured('engagements', 'demo', 400)])).toEqual([]);
  });
});

describe('number formats', () => {
  it.each([
    [1, '1.00'],
    [0.254, '0.25'],
    [0.1, '0.10'],
    [0.0123, '0.012'],
    [0, '0'],
  ])('ratio %p reads %p', (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });

  it.each([
    [121, '121 B'],
    [9400, '9.2 KiB'],
    [10_276_044, '9.8 MiB'],
  ])('%p bytes read %p', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
