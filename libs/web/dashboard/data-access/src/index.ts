export * from './lib/dashboard-store';
