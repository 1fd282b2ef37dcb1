export * from './auth/roles';
export * from './auth/auth';
export * from './audit/audit';
export * from './communes/commune';
export * from './consultants/consultant';
export * from './health/health';
export * from './problem/problem';
export * from './users/users';
