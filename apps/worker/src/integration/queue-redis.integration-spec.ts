import { TEST_REDIS_URL, uniqueName } from '@bep/server/core/testing';
import { describeQueueWiring } from './queue-wiring';

// A prefix of its own per run, so that runs never see each other's jobs.
describeQueueWiring('redis', () => ({ backend: 'redis', redisUrl: TEST_REDIS_URL, prefix: uniqueName('worker') }));
