export * from './lib/communes-store';
export * from './lib/problem-message';
