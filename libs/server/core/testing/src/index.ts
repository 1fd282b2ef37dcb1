export * from './test-services';
export * from './eventually';
export * from './test-config';
