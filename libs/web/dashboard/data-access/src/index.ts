export * from './lib/stats-api';
export * from './lib/dashboard-store';
export * from './lib/today-store';
