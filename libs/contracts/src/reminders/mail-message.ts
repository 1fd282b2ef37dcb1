import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../common/page';
import { communeNisSchema } from '../contacts/contact';

/** How a message left: through the SMTP server, or kept in the in-app outbox when none is configured. */
export const MAIL_TRANSPORT_NAMES = ['smtp', 'outbox'] as const;

/**
 * An e-mail as it left, as the recipient sees it: the "Boîte d'envoi". The HTML is the message's
 * own, answered as it is: the client shows it in a sandboxed iframe, never in its own page.
 */
export const mailMessageSchema = z.object({
  id: z.uuid(),
  /** The reminder it delivered. */
  reminderId: z.uuid().nullable(),
  transport: z.enum(MAIL_TRANSPORT_NAMES),
  /** The sender as written in the From header, e.g. `BEP Transition numérique <rappels@bep.be>`. */
  from: z.string(),
  to: z.array(z.object({ name: z.string(), email: z.string() })),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  sentAt: z.iso.datetime(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;

export const mailMessagePageSchema = pageSchema(mailMessageSchema);
export type MailMessagePage = z.infer<typeof mailMessagePageSchema>;

/** `GET /api/mail-messages` filters; newest first. */
export const mailMessageQuerySchema = z.object({
  reminderId: z.uuid().optional().meta({ description: 'The messages of this reminder' }),
  communeNis: communeNisSchema.optional().meta({ description: "The messages of reminders about this commune's engagements (NIS code)", example: '92142' }),
  ...pageQueryShape(),
});
export type MailMessageQuery = z.infer<typeof mailMessageQuerySchema>;
