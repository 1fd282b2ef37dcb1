export * from './health.module';
export * from './heartbeat.module';
export * from './heartbeat.processor';
