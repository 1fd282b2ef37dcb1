export * from './lib/problem';
export * from './lib/brussels-day';
