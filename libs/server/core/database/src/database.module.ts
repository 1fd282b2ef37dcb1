import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@bep/server/core/config';
import { createDataSourceOptions } from './data-source-options';

/** The application's connection to PostgreSQL; the schema comes from migrations only. */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [RUNTIME_CONFIG],
          useFactory: (config: RuntimeConfig) => createDataSourceOptions(config.databaseUrl),
        }),
      ],
    };
  }
}
