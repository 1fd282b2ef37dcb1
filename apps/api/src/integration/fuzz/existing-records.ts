import type { SeededRandom as Random } from '@bep/server/core/database';
import type { Operation, Parameter } from './operations';

/** `/api/contacts/{id}` -> `contacts`; `/api/communes/{nis}/contacts` -> `communes` for {nis}. */
function segmentBefore(path: string, parameter: string): string {
  const segments = path.split('/');
  return segments[segments.indexOf(`{${parameter}}`) - 1] ?? '';
}

/**
 * Values of path parameters that name records which exist, read from the API's own lists: a list at
 * `/api/<segment>` (or ending in it) answers `items` whose `id`, `nis`... fill `/<segment>/{id}`. So
 * the fuzzed requests reach the use cases and the database, not only the id check; a new resource is
 * found the same way.
 */
export class ExistingRecords {
  private readonly pools = new Map<string, string[]>();

  /** `excluded`: ids never to act on (the fuzzing accounts themselves: deactivating one would end its own run). */
  constructor(private readonly excluded: ReadonlySet<string>) {}

  /** Learns from the answer of a GET operation. */
  learn(operation: Operation, body: unknown, parameterNames: readonly string[]): void {
    const items = (body as { items?: unknown } | null)?.items;
    if (!Array.isArray(items)) return;
    const segment = operation.path.split('/').pop() ?? '';
    for (const name of parameterNames) {
      const pool = this.pools.get(`${segment}:${name}`) ?? [];
      for (const item of items) {
        const value = (item as Record<string, unknown> | null)?.[name];
        if (typeof value === 'string' && !this.excluded.has(value) && !pool.includes(value)) pool.push(value);
      }
      if (pool.length) this.pools.set(`${segment}:${name}`, pool.sort());
    }
  }

  /** Values known without a list, such as the section ids of the questionnaire (data, not records): they fill `/<segment>/{name}`. */
  know(segment: string, name: string, values: readonly string[]): void {
    this.pools.set(`${segment}:${name}`, [...values].sort());
  }

  /** Whether every path parameter of the operation has a known value. */
  canFill(operation: Operation): boolean {
    return operation.pathParameters.every((parameter) => this.pools.has(`${segmentBefore(operation.path, parameter.name)}:${parameter.name}`));
  }

  value(operation: Operation, parameter: Parameter, random: Random): string | undefined {
    const pool = this.all(operation, parameter);
    return pool.length ? random.pick(pool) : undefined;
  }

  all(operation: Operation, parameter: Parameter): readonly string[] {
    return this.pools.get(`${segmentBefore(operation.path, parameter.name)}:${parameter.name}`) ?? [];
  }
}
