import { z } from 'zod';
import { calendarDay } from '../common/calendar';
import { communeNisSchema } from '../contacts/contact';

/**
 * The batch export: one ZIP with the PDF and the Peppol UBL of every issued invoice and credit note
 * of a period, and the accounting CSV of the same documents. The worker builds it; the client
 * follows its progress and downloads it until it expires.
 */

export const INVOICE_EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type InvoiceExportStatus = (typeof INVOICE_EXPORT_STATUSES)[number];

/** Statuses an export may ask for: drafts have no number, no issue date and no document. */
export const EXPORTABLE_INVOICE_STATUSES = ['issued', 'paid', 'credited'] as const;

/** A period of at most a year keeps a ZIP to a size the database holds comfortably. */
export const INVOICE_EXPORT_MAX_DAYS = 366;

const DAY_MS = 86_400_000;

/** `POST /api/invoice-exports`: the period (inclusive, on the issue date) and the optional filters. */
export const invoiceExportRequestSchema = z
  .strictObject({
    from: calendarDay().meta({ description: 'Issued on or after this day', example: '2026-03-01' }),
    to: calendarDay().meta({ description: 'Issued on or before this day', example: '2026-03-31' }),
    status: z
      .array(z.enum(EXPORTABLE_INVOICE_STATUSES))
      .min(1)
      .max(EXPORTABLE_INVOICE_STATUSES.length)
      .optional()
      .meta({ description: 'Only these statuses; left out: every issued document' }),
    communeNis: communeNisSchema.optional().meta({ description: 'Only the documents of this commune (NIS code)', example: '93090' }),
  })
  .refine((request) => request.from <= request.to, { message: 'from must not be after to', path: ['to'] })
  .refine((request) => (Date.parse(request.to) - Date.parse(request.from)) / DAY_MS < INVOICE_EXPORT_MAX_DAYS, {
    message: `at most ${INVOICE_EXPORT_MAX_DAYS} days`,
    path: ['to'],
  });
export type InvoiceExportRequest = z.input<typeof invoiceExportRequestSchema>;
export type InvoiceExportValues = z.output<typeof invoiceExportRequestSchema>;

/** `GET /api/invoice-exports/{id}`: what was asked for and how far the worker got. */
export const invoiceExportSchema = z.object({
  id: z.uuid(),
  status: z.enum(INVOICE_EXPORT_STATUSES),
  from: z.string(),
  to: z.string(),
  /** Null: every issued document. */
  statuses: z.array(z.enum(EXPORTABLE_INVOICE_STATUSES)).nullable(),
  communeNis: z.string().nullable(),
  /** Documents that match, known once the worker started (0 before). */
  total: z.number().int().nonnegative(),
  /** Documents already in the ZIP. */
  done: z.number().int().nonnegative(),
  /** done / total in whole percent; 100 once done (even with nothing to export). */
  percent: z.number().int().min(0).max(100),
  /** Why the last attempt failed; with status `queued`, the queue tries again. */
  error: z.string().nullable(),
  /** `factures-2026-03-01-2026-03-31.zip` */
  fileName: z.string(),
  byteSize: z.number().int().nullable(),
  requestedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  requestedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  /** After it, the ZIP is no longer served and the cleanup removes it. */
  expiresAt: z.iso.datetime().nullable(),
  /** Done, not expired: `GET /api/invoice-exports/{id}/download` serves it. */
  downloadable: z.boolean(),
});
export type InvoiceExport = z.infer<typeof invoiceExportSchema>;

/** `GET /api/invoice-exports`: the recent exports, newest first. */
export const invoiceExportListSchema = z.object({ items: z.array(invoiceExportSchema) });
export type InvoiceExportList = z.infer<typeof invoiceExportListSchema>;
