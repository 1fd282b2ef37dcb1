import { z } from 'zod';

/** A person at a commune. Personal data: exported and erased on request (GDPR). */
export const contactSchema = z.object({
  id: z.uuid(),
  communeNis: z.string(),
  name: z.string(),
  function: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isBinome: z.boolean(),
  erasedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Contact = z.infer<typeof contactSchema>;

/** Everything the system holds about one contact, for a data subject's access request. */
export const contactExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  contact: contactSchema,
  commune: z.object({ nis: z.string(), name: z.string() }),
  history: z.array(z.object({ occurredAt: z.iso.datetime(), action: z.string() })),
});
export type ContactExport = z.infer<typeof contactExportSchema>;
