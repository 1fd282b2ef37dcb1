import { describeReminderDelivery } from './reminder-delivery';

describeReminderDelivery('postgres', (databaseUrl) => ({ backend: 'postgres', databaseUrl }));
