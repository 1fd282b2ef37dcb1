import { Module, type DynamicModule } from '@nestjs/common';
import { OUTBOX_RELAY_OPTIONS, OutboxRelay, type OutboxRelayOptions } from './outbox-relay';

const DEFAULTS: OutboxRelayOptions = { pollMs: 500, batchSize: 500, queueTimeoutMs: 5_000 };

/** The worker's relay from the queue outbox to the queue. Never imported by the API (one relay per worker). */
@Module({})
export class OutboxRelayModule {
  static forRoot(options: Partial<OutboxRelayOptions> = {}): DynamicModule {
    return {
      module: OutboxRelayModule,
      providers: [{ provide: OUTBOX_RELAY_OPTIONS, useValue: { ...DEFAULTS, ...options } }, OutboxRelay],
      exports: [OutboxRelay],
    };
  }
}
