import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, ShiftedClock, SystemClock } from './clock';

@Global()
@Module({})
export class ClockModule {
  /** The system's time, or a calendar that starts at `startAt` (never in production: the config refuses it). */
  static forRoot(startAt?: Date): DynamicModule {
    return ClockModule.with(startAt ? new ShiftedClock(startAt) : new SystemClock());
  }

  /** A given clock, for tests that hold it and move it. */
  static with(clock: Clock): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
