export * from './queue-names';
export * from './queue-connection';
export * from './queue.module';
export * from './queue-health';
export * from './outbox';
export * from './outbox-relay';
export * from './outbox-relay.module';
export * from './jobs-for-changes';
