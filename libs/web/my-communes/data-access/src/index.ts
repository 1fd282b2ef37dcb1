export * from './lib/my-communes-store';
