import { describeQueueWiring } from './queue-wiring';

describeQueueWiring('postgres', (databaseUrl) => ({ backend: 'postgres', databaseUrl }));
