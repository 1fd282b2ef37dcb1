import { requireTestServices } from '@bep/server/core/testing';
import { QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { countQueries, createMigratedDatabase, type MigratedDatabase } from '../testing';
import { preparedQuery } from './prepared-query';

/** A hot read prepared once per pooled connection, then only bound and executed. */
describe('preparedQuery', () => {
  let database: MigratedDatabase;
  const BY_NIS = `SELECT "nis", "name" FROM "commune" WHERE "nis" = $1`;

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('prepared_query');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('answers the rows of the values given', async () => {
    const rows = await preparedQuery<{ nis: string; name: string }>(database.dataSource.manager, BY_NIS, ['92094']);
    expect(rows).toEqual([{ nis: '92094', name: 'Namur' }]);
    expect(await preparedQuery(database.dataSource.manager, BY_NIS, ['00000'])).toEqual([]);
  });

  it('prepares the text once on the connection and runs it there again, in the transaction it is given', async () => {
    const prepared = await database.dataSource.transaction(async (manager) => {
      const namur = await preparedQuery<{ name: string }>(manager, BY_NIS, ['92094']);
      const dinant = await preparedQuery<{ name: string }>(manager, BY_NIS, ['91034']);
      expect([...namur, ...dinant].map((row) => row.name)).toEqual(['Namur', 'Dinant']);
      // Only this transaction's connection can see its own prepared statements.
      return manager.query<{ name: string; statement: string }[]>(`SELECT "name", "statement" FROM pg_prepared_statements`);
    });
    expect(prepared).toEqual([{ name: expect.stringMatching(/^bep_/), statement: BY_NIS }]);
  });

  it('hands the connection back to the pool when it runs outside a transaction', async () => {
    const pool = (database.dataSource.driver as PostgresDriver).master as { totalCount: number; idleCount: number };
    await Promise.all(Array.from({ length: 30 }, () => preparedQuery(database.dataSource.manager, BY_NIS, ['92094'])));
    expect(pool.idleCount).toBe(pool.totalCount);
  });

  it('goes through the logger, as every statement of the data source does', async () => {
    const counter = countQueries(database.dataSource);
    await preparedQuery(database.dataSource.manager, BY_NIS, ['92094']);
    counter.stop();
    expect(counter.statements).toEqual([BY_NIS]);
  });

  it('fails as TypeORM would, with the driver error inside', async () => {
    const failure = await preparedQuery(database.dataSource.manager, `SELECT $1::int AS n`, ['not a number']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22P02');
  });
});
