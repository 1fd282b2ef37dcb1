import type { OnModuleDestroy } from '@nestjs/common';
import type { MailConfig } from '@bep/server/core/config';
import { createTransport, type NodemailerError, type SMTPPoolOptions, type Transporter } from 'nodemailer';

/** An e-mail ready to leave. */
export interface OutgoingMail {
  /** The Message-ID header, deterministic so that a resent message is recognisable: `<reminder-<uuid>@bep-transition-numerique>`. */
  messageId: string;
  to: { name: string; email: string }[];
  subject: string;
  text: string;
  html: string;
}

/** How a message left: through SMTP, or (without SMTP_URL) for the caller to keep in the in-app outbox. */
export interface MailReceipt {
  transport: 'smtp' | 'outbox';
  /** The From it carries (MAIL_FROM). */
  from: string;
  messageId: string;
  /** Recipients the SMTP server refused while it took the message for the others. */
  rejected?: string[];
}

/** How long each step of an SMTP delivery may take, in milliseconds. */
export interface MailTimeouts {
  /** Opening the TCP (or TLS) connection. */
  connection: number;
  /** The server's greeting once connected. */
  greeting: number;
  /** Silence from the server at any step after that. */
  socket: number;
  /** The whole delivery, waiting for a free pooled connection included: a server that trickles its answers gives up here. */
  delivery: number;
}

/** Short enough for a stuck server to fail the attempt well within a worker's 30 s shutdown grace period. */
export const DEFAULT_MAIL_TIMEOUTS: MailTimeouts = { connection: 10_000, greeting: 10_000, socket: 20_000, delivery: 25_000 };

/**
 * A delivery that did not go through. The message says why in words a manager can read (what the
 * SMTP server answered, or that it could not be reached); it never holds the SMTP credentials.
 */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';

  constructor(
    message: string,
    /** The SMTP reply code, when the server answered. */
    readonly responseCode?: number,
    /** True when the server refused the message for good (5xx but 503): the same message would be refused again. */
    readonly permanent = false,
  ) {
    super(message);
  }
}

/**
 * Sends e-mail through the SMTP server of SMTP_URL with one pooled connection set per process, or,
 * without SMTP_URL, sends nothing and answers `outbox`. `MailModule` provides the process's one.
 */
export class MailSender implements OnModuleDestroy {
  private readonly transport?: Transporter;
  private readonly timeouts: MailTimeouts;

  constructor(
    private readonly config: Pick<MailConfig, 'smtpUrl' | 'from'>,
    timeouts: Partial<MailTimeouts> = {},
  ) {
    this.timeouts = { ...DEFAULT_MAIL_TIMEOUTS, ...timeouts };
    if (config.smtpUrl) {
      const options: SMTPPoolOptions & { url: string; pool: true } = {
        url: config.smtpUrl,
        pool: true,
        // One more try when a pooled connection the server closed is picked just as it goes.
        maxRequeues: 1,
        connectionTimeout: this.timeouts.connection,
        greetingTimeout: this.timeouts.greeting,
        socketTimeout: this.timeouts.socket,
        dnsTimeout: this.timeouts.connection,
      };
      this.transport = createTransport(options);
    }
  }

  /** Delivers the message, or says it is for the outbox; rejects with a `MailDeliveryError` if the server did not take it. */
  async send(message: OutgoingMail): Promise<MailReceipt> {
    if (!/^<[^<>\s@]+@[^<>\s@]+>$/.test(message.messageId)) {
      throw new Error(`A Message-ID is written <local@domain>, not "${message.messageId}"`);
    }
    if (message.to.length === 0) {
      throw new Error('A message needs at least one recipient');
    }
    const receipt = { from: this.config.from, messageId: message.messageId };
    if (!this.transport) {
      return { transport: 'outbox', ...receipt };
    }
    try {
      const info = await this.transport.sendMail({
        messageId: message.messageId,
        from: this.config.from,
        to: message.to.map(({ name, email }) => ({ name, address: email })),
        subject: message.subject,
        text: message.text,
        html: message.html,
        signal: AbortSignal.timeout(this.timeouts.delivery),
      });
      const rejected = ((info.rejected ?? []) as (string | { address: string })[]).map((address) => (typeof address === 'string' ? address : address.address));
      return { transport: 'smtp', ...receipt, ...(rejected.length > 0 ? { rejected } : {}) };
    } catch (error) {
      throw this.deliveryError(error);
    }
  }

  onModuleDestroy(): void {
    // Idle connections close now; one in the middle of a delivery finishes it first.
    this.transport?.close();
  }

  private deliveryError(error: unknown): MailDeliveryError {
    const failure = (error ?? {}) as NodemailerError;
    const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
    let reason: string;
    if (failure.response) {
      reason = `Le serveur SMTP a répondu « ${failure.response.trim().slice(0, 500)} »${failure.command && failure.command !== 'API' ? ` à ${failure.command}` : ''}`;
    } else if (failure.code === 'EABORT') {
      reason = `Le serveur SMTP n’a pas pris le message en ${seconds(this.timeouts.delivery)}`;
    } else if (failure.code === 'ETIMEDOUT') {
      reason = {
        CONNECT_TIMEOUT: `Pas de connexion au serveur SMTP en ${seconds(this.timeouts.connection)}`,
        GREETING_TIMEOUT: `Le serveur SMTP n’a pas envoyé son accueil en ${seconds(this.timeouts.greeting)}`,
        UPGRADE_TIMEOUT: `Le serveur SMTP n’a pas établi la connexion chiffrée en ${seconds(this.timeouts.connection)}`,
        SOCKET_TIMEOUT: `Le serveur SMTP n’a plus répondu pendant ${seconds(this.timeouts.socket)}`,
      }[failure.timeoutType ?? 'SOCKET_TIMEOUT'];
    } else if (failure.code === 'EAUTH' || failure.code === 'ENOAUTH') {
      reason = `Le serveur SMTP a refusé l’identification (${failure.message})`;
    } else if (['ECONNECTION', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY'].includes(failure.code ?? '')) {
      reason = `Serveur SMTP injoignable (${failure.message})`;
    } else {
      reason = `Échec de l’envoi par SMTP (${failure.message ?? String(error)})`;
    }
    return new MailDeliveryError(this.withoutCredentials(reason), failure.responseCode, failure.permanent === true);
  }

  /** The password and the user of SMTP_URL never reach a message shown to people. */
  private withoutCredentials(text: string): string {
    const url = new URL(this.config.smtpUrl ?? 'smtp://localhost');
    const secrets = [url.password, url.username]
      .filter((secret) => secret.length >= 3)
      .flatMap((secret) => [secret, safeDecode(secret)])
      .sort((a, b) => b.length - a.length);
    return secrets.reduce((result, secret) => result.split(secret).join('***'), text);
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
