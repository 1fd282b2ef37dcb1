export * from './test-services';
export * from './eventually';
