import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { QueryFailedError, type EntityManager } from 'typeorm';

/** Distinct texts this process prepares at most; past them a text runs unprepared. */
const MOST_PREPARED_TEXTS = 256;

/**
 * The statement names of prepared texts: a digest of the text, so that two call sites never share
 * a name for different texts. Bounded because a prepared text stays on each pooled connection for
 * the connection's life: a text built from values (a bug) would otherwise grow every backend.
 */
export class StatementNames {
  readonly #names = new Map<string, string>();

  constructor(private readonly most: number) {}

  /** The text's name, or null once `most` texts have one (the text then runs as an unnamed statement). */
  of(text: string): string | null {
    let name = this.#names.get(text);
    if (name === undefined) {
      if (this.#names.size >= this.most) return null;
      name = `bep_${createHash('sha256').update(text).digest('hex').slice(0, 40)}`;
      this.#names.set(text, name);
    }
    return name;
  }
}

const names = new StatementNames(MOST_PREPARED_TEXTS);

/**
 * Runs a read that requests make over and over as a prepared statement: each pooled connection has
 * PostgreSQL parse and plan it once, then only bind and execute it. For the short reads of a page
 * (the session, the campaign's revision, a page's rows, a timeline source) parsing and planning
 * cost more than executing (`docs/performance.md`, "Prepared statements for the reads of every
 * request").
 *
 * The text must be one of a fixed few (a constant, or one of a handful of variants), values passed
 * apart as always. As with `manager.query`, it runs on the transaction's connection inside one, goes
 * through TypeORM's logger, and fails with a `QueryFailedError`.
 */
export async function preparedQuery<Row>(manager: EntityManager, text: string, values: readonly unknown[] = []): Promise<Row[]> {
  const runner = manager.queryRunner ?? manager.dataSource.createQueryRunner();
  const logger = manager.dataSource.logger;
  const parameters = [...values];
  try {
    const client = (await runner.connect()) as PoolClient;
    logger.logQuery(text, parameters, runner);
    try {
      return (await client.query<Row & object>({ name: names.of(text) ?? undefined, text, values: parameters })).rows;
    } catch (error) {
      logger.logQueryError(error as Error, text, parameters, runner);
      throw new QueryFailedError(text, parameters, error as Error);
    }
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}
