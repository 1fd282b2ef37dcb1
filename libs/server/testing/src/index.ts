export * from './test-services';
export * from './migrated-database';
export * from './eventually';
