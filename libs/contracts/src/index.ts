export * from './communes/commune';
export * from './health/health';
export * from './problem/problem';
