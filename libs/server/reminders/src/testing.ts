/**
 * Test helper, imported as `@bep/server/reminders/testing`: never part of what the apps load.
 */
import { Test, type TestingModule } from '@nestjs/testing';
import { ClockModule, FixedClock } from '@bep/server/core/clock';
import { ConfigModule } from '@bep/server/core/config';
import { DatabaseModule } from '@bep/server/core/database';
import { MailModule } from '@bep/server/core/mail';
import { QueueModule } from '@bep/server/core/queue';
import { TEST_CLOCK_START, testRuntimeConfig } from '@bep/server/core/testing';
import { RemindersWorkerModule } from './reminders-worker.module';

/**
 * The reminders' worker as the worker app composes it, on the test database and the tests'
 * calendar: compiled, never initialised, so that no processor takes jobs; a spec calls its
 * reconciler and delivery itself. Close it after the spec.
 */
export function compileRemindersWorker(databaseUrl: string): Promise<TestingModule> {
  return Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(testRuntimeConfig(databaseUrl)),
      ClockModule.with(new FixedClock(TEST_CLOCK_START)),
      DatabaseModule.forRoot(),
      QueueModule.forRoot(),
      MailModule.forRoot(),
      RemindersWorkerModule,
    ],
  }).compile();
}
