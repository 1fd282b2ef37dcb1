export * from './lib/my-communes.routes';
