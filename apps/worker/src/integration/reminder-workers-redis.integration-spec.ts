import { TEST_REDIS_URL, uniqueName } from '@bep/server/core/testing';
import { describeReminderWorkers } from './reminder-workers';

describeReminderWorkers('redis', () => ({ backend: 'redis', redisUrl: TEST_REDIS_URL, prefix: uniqueName('workers') }));
