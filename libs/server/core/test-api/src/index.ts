export * from './test-api';
export * from './demo';
export * from './demo-api';
