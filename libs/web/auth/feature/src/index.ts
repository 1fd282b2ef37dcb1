export * from './lib/auth-frame/auth-frame';
export * from './lib/login-page/login-page';
export * from './lib/change-password-page/change-password-page';
export * from './lib/access-denied-page/access-denied-page';
