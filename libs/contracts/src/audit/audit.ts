import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../common/page';
import { instantWithOffset } from '../common/calendar';
import { text } from '../common/text';
import { communeNisSchema } from '../contacts/contact';

const auditEntrySchema = z.object({
  id: z.string(),
  occurredAt: z.iso.datetime(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  /** The commune the record belongs to (an engagement's, a contact's, an activity's engagement's...); null when none. */
  commune: z.object({ nis: z.string(), name: z.string() }).nullable(),
  /** The record in words as it is now: a contact's or user's name, an invoice's number, a campaign's name; null when it has none (or was erased). */
  subject: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = pageSchema(auditEntrySchema);
export type AuditPage = z.infer<typeof auditPageSchema>;

/** `GET /api/audit` query: every filter optional; newest first. */
export const auditQuerySchema = z.object({
  entityType: text().max(100).optional().meta({ description: 'Kind of record, e.g. `engagement`, `contact`, `user`', example: 'engagement' }),
  entityId: text().max(100).optional().meta({ description: 'Id of the record' }),
  actorId: z.uuid().optional().meta({ description: 'The user who acted' }),
  communeNis: communeNisSchema.optional().meta({ description: 'Entries about a record of this commune (NIS code)', example: '92142' }),
  action: text().max(50).optional().meta({ description: 'e.g. `create`, `update`, `transition`, `login`', example: 'transition' }),
  from: instantWithOffset().optional().meta({ description: 'Entries at or after this instant (ISO 8601 with offset)' }),
  to: instantWithOffset().optional().meta({ description: 'Entries before this instant (ISO 8601 with offset)' }),
  ...pageQueryShape(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
