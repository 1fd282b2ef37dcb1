/**
 * Test helper, imported as `@bep/server/core/database/testing`: never part of what the apps load.
 */
import { createTestDatabase, type TestDatabase } from '@bep/server/core/testing';
import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';

export interface MigratedDatabase extends TestDatabase {
  /** A connection for arranging and checking data directly in SQL. */
  dataSource: DataSource;
}

/** A fresh database with every migration applied, as `npm start` leaves it before the demo data. */
export async function createMigratedDatabase(purpose: string): Promise<MigratedDatabase> {
  const database = await createTestDatabase(purpose);
  const dataSource = await new DataSource(createDataSourceOptions(database.url)).initialize();
  await runMigrations(dataSource);
  return {
    url: database.url,
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** The SQL statements a data source sends while counting, for figures such as "a transition runs N queries". */
export interface QueryCounter {
  readonly statements: readonly string[];
  stop(): void;
}

/**
 * Counts every statement the data source sends (TypeORM hands each one to its logger before
 * running it, transaction control included), until `stop()`.
 */
export function countQueries(dataSource: DataSource): QueryCounter {
  const statements: string[] = [];
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, queryRunner) => {
    statements.push(query);
    return original(query, parameters, queryRunner);
  };
  return { statements, stop: () => void (logger.logQuery = original) };
}
