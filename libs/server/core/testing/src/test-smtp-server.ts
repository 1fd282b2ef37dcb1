import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { eventually } from './eventually';

/** A message as the test SMTP server received it. */
export interface ReceivedMail {
  /** What the client said in MAIL FROM and RCPT TO. */
  envelope: { from: string; to: string[] };
  /** The message as it came over the wire (headers and MIME body, CRLF line ends). */
  raw: string;
  /** Header values by lowercase name (the first of repeated headers), unfolded, encoded words decoded (UTF-8). */
  headers: Record<string, string>;
  messageId: string;
  subject: string;
  from: string;
  to: string;
  /** The text/plain and text/html parts, decoded, with LF line ends; undefined when there is none. */
  text?: string;
  html?: string;
}

/** What became of a message the server received (one per DATA). */
export interface SmtpDeliveryAttempt {
  mail: ReceivedMail;
  /** `held` while its answer is delayed; `abandoned` when the client left before the answer. */
  outcome: 'accepted' | 'refused' | 'held' | 'abandoned';
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`: give it as SMTP_URL. */
  readonly url: string;
  /** The messages the server accepted (answered 250), in order. */
  readonly messages: readonly ReceivedMail[];
  /** Every message received, whatever the answer. */
  readonly attempts: readonly SmtpDeliveryAttempt[];
  /** How many connections clients opened. */
  readonly connections: number;
  /** How many of them are still open. */
  readonly openConnections: number;
  /** Resolves with the accepted messages once there are at least `count`; fails after `boundMs`. */
  waitForMessages(count: number, boundMs?: number): Promise<ReceivedMail[]>;
  /** Resolves with the attempts once there are at least `count` (a held answer counts). */
  waitForAttempts(count: number, boundMs?: number): Promise<SmtpDeliveryAttempt[]>;
  /** Answers the next `count` messages with `code` (4xx: try later, 5xx: refused) and `text`, after their DATA. */
  failNext(count: number, code?: number, text?: string): void;
  /**
   * Waits `ms` before answering each DATA from now on (`Infinity`: until `releaseDataAnswers`): a
   * client stopped meanwhile leaves the message `abandoned`, never accepted.
   */
  delayDataAnswers(ms: number): void;
  /** Answers every held DATA at once and stops delaying. */
  releaseDataAnswers(): void;
  close(): Promise<void>;
}

export interface TestSmtpServerOptions {
  /** How long `close` waits for clients to leave before it cuts them off (ms, default 500). */
  closeTimeoutMs?: number;
}

interface HeldAnswer {
  attempt: SmtpDeliveryAttempt;
  sessionId: string;
  answer: () => void;
  timer?: NodeJS.Timeout;
}

/**
 * A real SMTP server on 127.0.0.1 and a free port, without TLS or authentication, that keeps what
 * it receives: the mail tests send through it as production sends through its relay.
 */
export async function startTestSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const attempts: SmtpDeliveryAttempt[] = [];
  const held = new Set<HeldAnswer>();
  const failures: { code: number; text: string }[] = [];
  let connections = 0;
  let openConnections = 0;
  let dataDelayMs = 0;

  const answer = (attempt: SmtpDeliveryAttempt, callback: (err?: Error | null) => void) => {
    const failure = failures.shift();
    if (failure) {
      attempt.outcome = 'refused';
      callback(Object.assign(new Error(failure.text), { responseCode: failure.code }));
      return;
    }
    attempt.outcome = 'accepted';
    messages.push(attempt.mail);
    callback();
  };

  const release = (entry: HeldAnswer) => {
    clearTimeout(entry.timer);
    held.delete(entry);
    entry.answer();
  };

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    closeTimeout: options.closeTimeoutMs ?? 500,
    onConnect(_session: SMTPServerSession, callback: (err?: Error | null) => void) {
      connections += 1;
      openConnections += 1;
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
        };
        const attempt: SmtpDeliveryAttempt = { mail: readMail(envelope, Buffer.concat(chunks).toString('utf8')), outcome: 'held' };
        attempts.push(attempt);
        if (dataDelayMs <= 0) {
          answer(attempt, callback);
          return;
        }
        const entry: HeldAnswer = { attempt, sessionId: session.id, answer: () => answer(attempt, callback) };
        if (Number.isFinite(dataDelayMs)) {
          entry.timer = setTimeout(() => release(entry), dataDelayMs);
        }
        held.add(entry);
      });
    },
    onClose(session: SMTPServerSession) {
      openConnections -= 1;
      for (const entry of held) {
        if (entry.sessionId === session.id) {
          clearTimeout(entry.timer);
          held.delete(entry);
          entry.attempt.outcome = 'abandoned';
        }
      }
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    attempts,
    get connections() {
      return connections;
    },
    get openConnections() {
      return openConnections;
    },
    waitForMessages: (count, boundMs = 10_000) =>
      eventually(async () => (messages.length >= count ? [...messages] : undefined), `${count} message(s) accepted by the test SMTP server`, boundMs),
    waitForAttempts: (count, boundMs = 10_000) =>
      eventually(async () => (attempts.length >= count ? [...attempts] : undefined), `${count} message(s) received by the test SMTP server`, boundMs),
    failNext(count, code = 550, text = '5.7.1 Message refused by the test server') {
      for (let i = 0; i < count; i += 1) {
        failures.push({ code, text });
      }
    },
    delayDataAnswers(ms) {
      dataDelayMs = ms;
    },
    releaseDataAnswers() {
      dataDelayMs = 0;
      [...held].forEach(release);
    },
    close() {
      for (const entry of held) {
        clearTimeout(entry.timer);
      }
      held.clear();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Reads what a test needs of a message: headers, and the text and HTML parts of its MIME tree. */
function readMail(envelope: ReceivedMail['envelope'], raw: string): ReceivedMail {
  const { headers, body } = splitEntity(raw);
  const parts: { text?: string; html?: string } = {};
  collectParts(headers, body, parts);
  return {
    envelope,
    raw,
    headers,
    messageId: headers['message-id'] ?? '',
    subject: headers['subject'] ?? '',
    from: headers['from'] ?? '',
    to: headers['to'] ?? '',
    ...parts,
  };
}

function splitEntity(entity: string): { headers: Record<string, string>; body: string } {
  const end = entity.search(/\r?\n\r?\n/);
  const head = end === -1 ? entity : entity.slice(0, end);
  const body = end === -1 ? '' : entity.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (colon > 0 && !(name in headers)) {
      headers[name] = decodeWords(line.slice(colon + 1).trim());
    }
  }
  return { headers, body };
}

function collectParts(headers: Record<string, string>, body: string, parts: { text?: string; html?: string }): void {
  const contentType = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (/^multipart\//i.test(contentType) && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) {
        break;
      }
      const part = splitEntity(section.replace(/^\r?\n/, ''));
      collectParts(part.headers, part.body, parts);
    }
    return;
  }
  const kind = /^text\/(plain|html)/i.exec(contentType)?.[1]?.toLowerCase();
  const key = kind === 'plain' ? 'text' : kind === 'html' ? 'html' : undefined;
  if (key && parts[key] === undefined) {
    parts[key] = decodeBody(body.replace(/\r?\n$/, ''), headers['content-transfer-encoding'] ?? '7bit').replace(/\r\n/g, '\n');
  }
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return quotedPrintableBytes(body.replace(/=\r?\n/g, '')).toString('utf8');
    default:
      return body;
  }
}

function quotedPrintableBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`); neighbours are joined before decoding. */
function decodeWords(value: string): string {
  const word = /=\?[^?]+\?([BbQq])\?([^?]*)\?=/g;
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=)+/g, (run) =>
    Buffer.concat(
      [...run.matchAll(word)].map(([, kind, text]) => (kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintableBytes(text.replace(/_/g, ' ')))),
    ).toString('utf8'),
  );
}
