export * from './lib/users-api';
export * from './lib/users-store';
export * from './lib/consultants-store';
export * from './lib/audit-api';
export * from './lib/audit-store';
export * from './lib/seller-api';
