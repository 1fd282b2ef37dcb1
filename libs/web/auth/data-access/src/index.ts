export * from './lib/app-pages';
export * from './lib/auth-store';
export * from './lib/auth-guards';
export * from './lib/auth-interceptor';
export * from './lib/return-url';
export * from './lib/password-policy';
