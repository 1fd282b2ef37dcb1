import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RuntimeConfig } from '@bep/server/core/config';
import type { AddressInfo } from 'node:net';

/**
 * Listens where the configuration says (HOST, by default 127.0.0.1: this machine only) and answers
 * the address actually bound, so that what the log says is what the socket does.
 */
export async function listen(app: NestFastifyApplication, config: Pick<RuntimeConfig, 'host' | 'port'>): Promise<AddressInfo> {
  await app.listen(config.port, config.host);
  return app.getHttpServer().address() as AddressInfo;
}

/** `http://127.0.0.1:3000`, `http://[::1]:3000`. */
export function addressUrl({ address, family, port }: AddressInfo): string {
  return `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;
}
