export * from './problem-details.filter';
export * from './openapi';
export * from './zod-validation.pipe';
export * from './route-policy';
