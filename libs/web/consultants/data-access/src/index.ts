export * from './lib/workload-store';
export * from './lib/assignment-store';
