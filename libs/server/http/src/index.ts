export * from './problem-details.filter';
export * from './openapi';
