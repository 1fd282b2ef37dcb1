import { Global, Module, type DynamicModule } from '@nestjs/common';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@bep/server/core/config';
import { MailSender, type MailTimeouts } from './mail-sender';

export interface MailModuleOptions {
  /** Shorter waits for tests that make the SMTP server stall. */
  timeouts?: Partial<MailTimeouts>;
}

/** Provides the process's one `MailSender`, built from the mail settings of the runtime configuration. */
@Global()
@Module({})
export class MailModule {
  static forRoot(options: MailModuleOptions = {}): DynamicModule {
    return {
      module: MailModule,
      providers: [{ provide: MailSender, inject: [RUNTIME_CONFIG], useFactory: (config: RuntimeConfig) => new MailSender(config.mail, options.timeouts) }],
      exports: [MailSender],
    };
  }
}
