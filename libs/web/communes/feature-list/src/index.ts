export * from './lib/communes.routes';
export * from './lib/communes-page/communes-page';
