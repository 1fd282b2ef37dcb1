export * from './lib/notifications-api';
export * from './lib/notifications-store';
export * from './lib/upcoming-reminders-api';
export * from './lib/reminder-words';
export * from './lib/engagement-reminders';
