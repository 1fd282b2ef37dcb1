import { TEST_REDIS_URL, uniqueName } from '@bep/server/core/testing';
import { describeReminderDelivery } from './reminder-delivery';

describeReminderDelivery('redis', () => ({ backend: 'redis', redisUrl: TEST_REDIS_URL, prefix: uniqueName('reminders') }));
