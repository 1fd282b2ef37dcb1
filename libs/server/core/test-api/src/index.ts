export * from './test-api';
export * from './demo';
