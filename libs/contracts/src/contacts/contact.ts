import { z } from 'zod';
import { booleanQueryParam, pageQueryShape, pageSchema } from '../common/page';
import { text } from '../common/text';
import { normalizePhone } from './phone';

export { DEFAULT_PHONE_REGION, normalizePhone } from './phone';

/**
 * What a contact does at the commune; the client translates the keys.
 * `finance` is the commune's finance officer: invoices and overdue reminders go to them.
 */
export const CONTACT_FUNCTIONS = ['agent', 'echevin', 'directeur_general', 'bourgmestre', 'finance', 'other'] as const;
const contactFunctionSchema = z.enum(CONTACT_FUNCTIONS);
export type ContactFunction = z.infer<typeof contactFunctionSchema>;

export function isContactFunction(value: unknown): value is ContactFunction {
  return typeof value === 'string' && (CONTACT_FUNCTIONS as readonly string[]).includes(value);
}

/** Statbel NIS code of a commune, as it appears in paths. */
export const communeNisSchema = text().regex(/^\d{5}$/, 'a NIS code is five digits');

/** A person at a commune. Personal data: exported and erased on request (GDPR). */
export const contactSchema = z.object({
  id: z.uuid(),
  communeNis: z.string(),
  name: z.string(),
  function: contactFunctionSchema,
  /** Lower-cased. */
  email: z.string().nullable(),
  /** E.164, e.g. `+3281626364`. */
  phone: z.string().nullable(),
  /** Member of the binôme (one agent + one échevin) that answers the questionnaire; at most two per commune. */
  isBinome: z.boolean(),
  /** Set once the contact was erased (GDPR): name, e-mail and phone are gone, the row stays. */
  erasedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactPageSchema = pageSchema(contactSchema);
export type ContactPage = z.infer<typeof contactPageSchema>;

/** `GET /api/communes/{nis}/contacts` filters: binôme first, then by name. */
export const contactQuerySchema = z.object({
  function: contactFunctionSchema.optional().meta({ description: 'Contacts with this function only' }),
  q: text().trim().max(100).optional().meta({ description: 'Part of the name or the e-mail, or digits of the phone number', example: 'lefèvre' }),
  includeErased: booleanQueryParam.default(false).meta({ description: 'Erased contacts are left out unless asked for' }),
  ...pageQueryShape(),
});
export type ContactQuery = z.infer<typeof contactQuerySchema>;

const CONTACT_NAME_MAX_LENGTH = 200;

const name = text().trim().min(1, 'required').max(CONTACT_NAME_MAX_LENGTH).meta({ example: 'Marie Lefèvre' });
/** Trimmed and lower-cased before the check. */
const email = text().trim().toLowerCase().max(320).check(z.email('not a valid e-mail address')).meta({ example: 'marie.lefevre@gembloux.be' });
/** Any usual way of writing it; stored and returned in E.164. */
const phone = text()
  .max(40)
  .transform((value, ctx) => {
    const e164 = normalizePhone(value);
    if (e164 === null) {
      ctx.addIssue({ code: 'custom', message: 'not a valid phone number (e.g. +32 81 62 63 64 or 081 62 63 64)', input: value });
      return z.NEVER;
    }
    return e164;
  })
  .meta({ description: 'Without a country code, a Belgian number; answered in E.164.', example: '+32 81 62 63 64' });

/** Fields a client may set; unknown fields are refused rather than silently dropped. */
const contactFields = {
  name,
  function: contactFunctionSchema,
  email: email.nullable(),
  phone: phone.nullable(),
  isBinome: z.boolean(),
};

/**
 * `POST /api/communes/{nis}/contacts`. A contact needs an e-mail or a phone: the tool holds
 * people's data only to reach them (reminders, invoices), so a name alone has no purpose here.
 */
export const createContactRequestSchema = z
  .strictObject({
    name: contactFields.name,
    function: contactFields.function,
    email: contactFields.email.optional(),
    phone: contactFields.phone.optional(),
    isBinome: contactFields.isBinome.default(false),
  })
  .refine((contact) => Boolean(contact.email) || Boolean(contact.phone), {
    message: 'an e-mail or a phone number is needed to reach the contact',
    path: ['email'],
  });
export type CreateContactRequest = z.input<typeof createContactRequestSchema>;
export type NewContact = z.output<typeof createContactRequestSchema>;

/** `PATCH /api/contacts/{id}`: only the fields sent change; null clears the e-mail or the phone. */
export const updateContactRequestSchema = z
  .strictObject(contactFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
export type UpdateContactRequest = z.input<typeof updateContactRequestSchema>;
export type ContactPatch = z.output<typeof updateContactRequestSchema>;

/** Everything the system holds about one contact, for a data subject's access request. */
export const contactExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  contact: contactSchema,
  commune: z.object({ nis: z.string(), name: z.string() }),
  history: z.array(z.object({ occurredAt: z.iso.datetime(), action: z.string() })),
});
export type ContactExport = z.infer<typeof contactExportSchema>;
