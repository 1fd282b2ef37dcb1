export * from './lib/consultants-api';
export * from './lib/workload-store';
export * from './lib/assignment-store';
