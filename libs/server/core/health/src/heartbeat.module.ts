import { Module } from '@nestjs/common';
import { HeartbeatProcessor } from './heartbeat.processor';
import { HeartbeatScheduler } from './heartbeat.scheduler';

/** Worker side of health: the heartbeat job and its scheduler. Never imported by the API. */
@Module({
  providers: [HeartbeatProcessor, HeartbeatScheduler],
})
export class HeartbeatModule {}
