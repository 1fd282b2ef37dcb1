import { Logger } from '@nestjs/common';
import { ConfigError, loadRuntimeConfig } from '@bep/server/core/config';
import { createApp } from './app/create-app';
import { addressUrl, listen } from './app/listen';

async function bootstrap(): Promise<void> {
  const config = loadRuntimeConfig(process.env);
  const app = await createApp(config);
  const address = await listen(app, config);
  Logger.log(`API listening on ${addressUrl(address)}/api (docs at /api/docs)`, 'Api');
}

bootstrap().catch((error: unknown) => {
  // A configuration error names the variable; anything else is unexpected and shows its stack.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
