import { Logger } from '@nestjs/common';
import { ConfigError, loadRuntimeConfig } from '@bep/server/core/config';
import { createApp } from './app/create-app';

async function bootstrap(): Promise<void> {
  const config = loadRuntimeConfig(process.env);
  const app = await createApp(config);
  await app.listen(config.port, '0.0.0.0');
  Logger.log(`API listening on http://127.0.0.1:${config.port}/api (docs at /api/docs)`, 'Api');
}

bootstrap().catch((error: unknown) => {
  // A configuration error names the variable; anything else is unexpected and shows its stack.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
