import { describeReminderWorkers } from './reminder-workers';

describeReminderWorkers('postgres', (databaseUrl) => ({ backend: 'postgres', databaseUrl }));
