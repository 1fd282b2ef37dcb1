export * from './lib/problem';
export * from './lib/api-failure';
export * from './lib/failure-text';
export * from './lib/problem-message-pipe';
export * from './lib/loadable';
export * from './lib/http-params';
export * from './lib/billing-party-validators';
export * from './lib/decimal-input';
