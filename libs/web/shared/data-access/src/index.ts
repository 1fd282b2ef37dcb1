export * from './lib/problem';
export * from './lib/brussels-day';
export * from './lib/problem-message-pipe';
