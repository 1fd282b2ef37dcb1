export * from './test-services';
export * from './eventually';
export * from './test-config';
export * from './test-smtp-server';
export * from './test-redis-server';
export * from './pdf-text';
