export * from './reminders-worker.module';
