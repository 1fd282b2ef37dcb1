export * from './lib/server-communes.module';

