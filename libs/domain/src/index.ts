export * from './stages/stages';
export * from './communes/nis-code';
export * from './stages/transitions';
export * from './engagements/engagement-actor';
export * from './activities/activity-types';
export * from './time/brussels-time';
export * from './reminders/index';
