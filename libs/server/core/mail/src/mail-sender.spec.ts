import { Test } from '@nestjs/testing';
import { ConfigModule, loadRuntimeConfig } from '@bep/server/core/config';
import { eventually, startTestSmtpServer, type TestSmtpServer } from '@bep/server/core/testing';
import { MailDeliveryError, MailSender, type OutgoingMail } from './mail-sender';
import { MailModule } from './mail.module';
import { renderMailLayout } from './mail-layout';

const FROM = 'BEP Transition numérique <transition@bep.example>';

function reminder(): OutgoingMail {
  const { html, text } = renderMailLayout({
    title: 'Questionnaire en attente',
    greeting: 'Bonjour,',
    paragraphs: ['Le questionnaire de maturité numérique attend toujours votre réponse.'],
    action: { label: 'Répondre au questionnaire', url: 'http://localhost:3000/questionnaire/abc' },
  });
  return {
    messageId: '<reminder-3f0c1a52-4c1e-4a8e-9a77-0d6f1c1b2e10@bep-transition-numerique>',
    to: [
      { name: 'Élise Dubois, directrice générale', email: 'elise.dubois@eghezee.example' },
      { name: 'Marc Lambert', email: 'marc.lambert@eghezee.example' },
    ],
    subject: 'Rappel : questionnaire d’Éghezée',
    text,
    html,
  };
}

describe('MailSender', () => {
  let smtp: TestSmtpServer;
  const senders: MailSender[] = [];
  const sender = (smtpUrl: string | undefined, timeouts?: ConstructorParameters<typeof MailSender>[1]) => {
    const created = new MailSender({ smtpUrl, from: FROM }, timeouts);
    senders.push(created);
    return created;
  };

  beforeEach(async () => {
    smtp = await startTestSmtpServer();
  });

  afterEach(async () => {
    senders.splice(0).forEach((created) => created.onModuleDestroy());
    await smtp.close();
  });

  it('delivers the message once through the SMTP server of MailModule, with its Message-ID, From, To, subject and both parts', async () => {
    const config = loadRuntimeConfig({ DATABASE_URL: 'postgres://127.0.0.1/none', QUEUE_BACKEND: 'postgres', SMTP_URL: smtp.url, MAIL_FROM: FROM });
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), MailModule.forRoot()] }).compile();
    const message = reminder();

    const receipt = await moduleRef.get(MailSender).send(message);
    expect(smtp.openConnections).toBe(1);
    await moduleRef.close();
    await eventually(async () => (smtp.openConnections === 0 ? true : undefined), 'the pooled connection to close with the module', 5_000);

    expect(receipt).toEqual({ transport: 'smtp', from: FROM, messageId: message.messageId });
    const [received] = await smtp.waitForMessages(1);
    expect(smtp.messages).toHaveLength(1);
    expect(received.envelope).toEqual({ from: 'transition@bep.example', to: ['elise.dubois@eghezee.example', 'marc.lambert@eghezee.example'] });
    expect(received.messageId).toBe(message.messageId);
    expect(received.from).toBe(FROM);
    expect(received.to).toBe('Élise Dubois, directrice générale <elise.dubois@eghezee.example>, Marc Lambert <marc.lambert@eghezee.example>');
    // The comma of the name travels inside an encoded word: it does not split the recipient in two.
    expect(received.raw).toMatch(/^To: =\?UTF-8\?Q\?=C3=89lise_Dubois=2C_/m);
    expect(received.subject).toBe('Rappel : questionnaire d’Éghezée');
    expect(received.text).toBe(message.text);
    expect(received.html).toBe(message.html);
  });

  it('rejects with what the server answered when it refuses the message, and says whether that is for good', async () => {
    smtp.failNext(1, 550, '5.7.1 Relaying denied for transition@bep.example');
    const refused = sender(smtp.url).send(reminder());
    await expect(refused).rejects.toThrow(MailDeliveryError);
    await expect(refused).rejects.toMatchObject({
      message: 'Le serveur SMTP a répondu « 550 5.7.1 Relaying denied for transition@bep.example » à DATA',
      responseCode: 550,
      permanent: true,
    });

    smtp.failNext(1, 451, '4.3.0 Try again later');
    await expect(sender(smtp.url).send(reminder())).rejects.toMatchObject({ message: expect.stringContaining('« 451 4.3.0 Try again later »'), permanent: false });
    expect(smtp.messages).toHaveLength(0);
    expect(smtp.attempts.map((attempt) => attempt.outcome)).toEqual(['refused', 'refused']);
  });

  it('keeps the message for the outbox and connects nowhere without SMTP_URL', async () => {
    const message = reminder();
    await expect(sender(undefined).send(message)).resolves.toEqual({ transport: 'outbox', from: FROM, messageId: message.messageId });
    expect(smtp.connections).toBe(0);
  });

  it('fails the attempt, instead of waiting forever, when the server holds its answer', async () => {
    smtp.delayDataAnswers(Infinity);
    await expect(sender(smtp.url, { delivery: 1_000 }).send(reminder())).rejects.toThrow('Le serveur SMTP n’a pas pris le message en 1 s');
    const [attempt] = await smtp.waitForAttempts(1);
    await eventually(async () => (attempt.outcome === 'abandoned' ? true : undefined), 'the held message to be abandoned', 5_000);
    expect(smtp.messages).toHaveLength(0);
  });

  it('says the server cannot be reached without repeating the credentials of SMTP_URL', async () => {
    const closed = await startTestSmtpServer();
    const { port } = new URL(closed.url);
    await closed.close();

    const failure = sender(`smtp://relay-user:s3cret%2Fpass@127.0.0.1:${port}`).send(reminder());
    await expect(failure).rejects.toThrow(/^Serveur SMTP injoignable \(.*ECONNREFUSED/);
    await expect(failure).rejects.toThrow(/^(?!.*(s3cret|relay-user)).*$/s);
  });

  it('refuses a Message-ID that is not <local@domain> and a message without recipients', async () => {
    await expect(sender(smtp.url).send({ ...reminder(), messageId: 'reminder-1' })).rejects.toThrow('A Message-ID is written <local@domain>');
    await expect(sender(smtp.url).send({ ...reminder(), to: [] })).rejects.toThrow('at least one recipient');
    expect(smtp.connections).toBe(0);
  });
});
