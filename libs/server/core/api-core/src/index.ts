export * from './api-core.module';
