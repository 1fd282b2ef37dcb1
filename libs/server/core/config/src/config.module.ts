import { Global, Module } from '@nestjs/common';
import { loadRuntimeConfig, RuntimeConfig } from './runtime-config';

/** Injection token of the validated configuration. */
export const RUNTIME_CONFIG = Symbol('RUNTIME_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  /** Validates the environment once; a bad value stops the process with the variable's name. */
  static forRoot(config: RuntimeConfig = loadRuntimeConfig(process.env)) {
    return {
      module: ConfigModule,
      providers: [{ provide: RUNTIME_CONFIG, useValue: config }],
      exports: [RUNTIME_CONFIG],
    };
  }
}
