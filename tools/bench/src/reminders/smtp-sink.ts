import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** A local SMTP server that accepts everything and counts: messages, distinct Message-IDs, first and last arrival. */
export interface SmtpSink {
  url: string;
  received: number;
  distinctMessageIds: number;
  firstAt: number | null;
  lastAt: number | null;
  /** Forgets everything received, for the next run. */
  reset(): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const ids = new Set<string>();
  const sink = { url: '', received: 0, distinctMessageIds: 0, firstAt: null as number | null, lastAt: null as number | null };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    maxClients: 1000,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const messageId = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? `missing-${sink.received}`;
        ids.add(messageId);
        sink.received += 1;
        sink.distinctMessageIds = ids.size;
        sink.firstAt ??= Date.now();
        sink.lastAt = Date.now();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  const reset = () => {
    ids.clear();
    Object.assign(sink, { received: 0, distinctMessageIds: 0, firstAt: null, lastAt: null });
  };
  return Object.assign(sink, { reset, close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}
