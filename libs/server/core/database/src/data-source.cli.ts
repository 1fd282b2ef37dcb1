/**
 * Entry point for the TypeORM CLI (`npm run db:migration:generate -- Name`), never loaded by the apps.
 */
import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './data-source-options';

const url = process.env['DATABASE_URL'];
if (!url) {
  throw new Error('DATABASE_URL is required to generate migrations (e.g. postgres://postgres@127.0.0.1:5432/bep_dev)');
}

export default new DataSource(createDataSourceOptions(url));
