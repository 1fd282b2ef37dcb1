export * from './queue-names';
export * from './queue-connection';
export * from './queue.module';
export * from './queue-health';
