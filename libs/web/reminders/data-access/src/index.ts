export * from './lib/reminders-api';
export * from './lib/campaign-settings-api';
export * from './lib/reminder-filters';
export * from './lib/reminders-store';
export * from './lib/outbox-store';
export * from './lib/reminder-settings-defaults';
export * from './lib/reminder-settings-store';
