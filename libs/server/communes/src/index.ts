export * from './communes.module';
