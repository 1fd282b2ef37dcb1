export * from './lib/my-communes-store';
export * from './lib/move-outcome';
