export * from './entities';
export * from './data-source-options';
export * from './database.module';
export * from './migrate';
export * from './sql/sql-filter';
export * from './demo/demo-seed';
export * from './engagements/open-engagements';
export * from './engagements/stage-moves';
export { DEFAULT_DEMO_PASSWORD, DEMO_USERS } from './demo/demo-data';
