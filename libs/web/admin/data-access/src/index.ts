export * from './lib/users-store';
export * from './lib/consultants-store';
export * from './lib/audit-store';
