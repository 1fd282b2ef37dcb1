export * from './runtime-config';
export * from './config.module';
