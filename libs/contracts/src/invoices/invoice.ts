import { INVOICE_KINDS, INVOICE_STATUSES, type InvoiceStatus } from '@bep/domain';
import { z } from 'zod';
import { calendarDay } from '../common/calendar';
import { booleanQueryParam, pageQueryShape, pageSchema } from '../common/page';
import { text } from '../common/text';
import { communeNisSchema } from '../contacts/contact';
import { INVOICE_SERVICES, INVOICE_UNIT_CODES, INVOICE_VAT_CATEGORIES } from './invoice-vocabulary';

/**
 * Co-financing invoices and credit notes (SPEC, "Co-financing billing"). Money is integer cents
 * excluding VAT unless named gross; quantities are thousandths of a unit; shares are basis points
 * (the commune's share of the price: 5000 = 50 %); days are Brussels calendar days `YYYY-MM-DD`.
 */

/** Cents the database keeps as 32-bit integers. */
const cents = z.number().int().min(0).max(2_147_483_647);
const currency = z.literal('EUR');
const person = z.object({ id: z.uuid(), name: z.string() });

export const invoiceKindSchema = z.enum(INVOICE_KINDS);
export const invoiceStatusSchema = z.enum(INVOICE_STATUSES);
export const invoiceServiceSchema = z.enum(INVOICE_SERVICES);
export const invoiceUnitCodeSchema = z.enum(INVOICE_UNIT_CODES);
export const invoiceVatCategorySchema = z.enum(INVOICE_VAT_CATEGORIES);

export const invoiceLineSchema = z.object({
  position: z.number().int(),
  description: z.string(),
  quantityMilli: z.number().int(),
  unitCode: invoiceUnitCodeSchema,
  unitPriceCents: z.number().int(),
  shareBp: z.number().int(),
  /** quantity x unit price x share, rounded once, half away from zero. */
  netCents: z.number().int(),
  vatCategory: invoiceVatCategorySchema,
  vatRateBp: z.number().int(),
});
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;

/** An invoice or credit note as lists show it. */
export const invoiceSchema = z.object({
  id: z.uuid(),
  kind: invoiceKindSchema,
  service: invoiceServiceSchema,
  status: invoiceStatusSchema,
  /** `CF-2026-0007`, `NC-2026-0002`; null on a draft. */
  number: z.string().nullable(),
  campaignId: z.uuid(),
  engagementId: z.uuid(),
  commune: z.object({ nis: z.string(), name: z.string() }),
  issueDate: z.string().nullable(),
  /** Invoices only, 30 days after the issue date. */
  dueDate: z.string().nullable(),
  /** The 12 digits of the structured communication (shown `+++123/4567/89002+++`); null on a draft. */
  structuredCommunication: z.string().nullable(),
  /** A credit note's invoice. */
  creditedInvoiceId: z.uuid().nullable(),
  /** The category new lines take (the campaign's when the draft was made). */
  vatCategory: invoiceVatCategorySchema,
  netCents: z.number().int(),
  vatCents: z.number().int(),
  grossCents: z.number().int(),
  paidCents: z.number().int(),
  /** What credit notes took off an invoice (their gross). */
  creditedCents: z.number().int(),
  /** What the commune still owes on an issued invoice: gross - paid - credited; 0 on a draft or a credit note. */
  outstandingCents: z.number().int(),
  currency,
  /** Issued, something still owed, and the due date passed (Brussels calendar). */
  overdue: z.boolean(),
  /** True for the draft the billing job made when the engagement entered the billing stage. */
  fromPipeline: z.boolean(),
  note: z.string().nullable(),
  /** Optimistic concurrency: send it back with a change. */
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  issuedAt: z.iso.datetime().nullable(),
});
export type Invoice = z.infer<typeof invoiceSchema>;

/**
 * The totals of every document the filters match (not only the page): a credit note counts against
 * its invoice (negative net and gross); drafts count in net and gross, not in what is owed.
 */
export const invoiceTotalsSchema = z.object({
  netCents: z.number().int(),
  grossCents: z.number().int(),
  paidCents: z.number().int(),
  outstandingCents: z.number().int(),
  currency,
});
export type InvoiceTotalsSummary = z.infer<typeof invoiceTotalsSchema>;

export const invoicePageSchema = pageSchema(invoiceSchema).extend({ totals: invoiceTotalsSchema });
export type InvoicePage = z.infer<typeof invoicePageSchema>;

const invoicePaymentSchema = z.object({
  id: z.uuid(),
  paidOn: z.string(),
  amountCents: z.number().int(),
  reference: z.string().nullable(),
  recordedBy: person.nullable(),
  recordedAt: z.iso.datetime(),
});
export type InvoicePayment = z.infer<typeof invoicePaymentSchema>;

/** A document pointing to another: a credit note of an invoice, or the invoice of a credit note. */
const relatedDocumentSchema = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  issueDate: z.string().nullable(),
  grossCents: z.number().int(),
});

/** One change in the document's life, from the audit log. */
const invoiceHistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  /** `create`, `update`, `issue`, `payment`, `credit`, `delete`. */
  action: z.string(),
  /** Null for the billing job. */
  actor: person.nullable(),
  details: z.record(z.string(), z.unknown()),
});

/** `GET /api/invoices/{id}`. */
export const invoiceDetailSchema = invoiceSchema.extend({
  campaignName: z.string(),
  lines: z.array(invoiceLineSchema),
  /** By VAT category and rate (EN 16931 BG-23). */
  vatBreakdown: z.array(z.object({ vatCategory: invoiceVatCategorySchema, vatRateBp: z.number().int(), taxableCents: z.number().int(), vatCents: z.number().int() })),
  payments: z.array(invoicePaymentSchema),
  /** The credit notes of an invoice, oldest first. */
  creditNotes: z.array(relatedDocumentSchema),
  /** The invoice a credit note credits. */
  creditedInvoice: relatedDocumentSchema.nullable(),
  /** BEP and the commune as copied at issue (the document's parties for good); null on a draft, which reads them live. */
  seller: z.record(z.string(), z.unknown()).nullable(),
  buyer: z.record(z.string(), z.unknown()).nullable(),
  history: z.array(invoiceHistoryEntrySchema),
});
export type InvoiceDetail = z.infer<typeof invoiceDetailSchema>;

const STATUS_LIST = new RegExp(`^(${INVOICE_STATUSES.join('|')})(,(${INVOICE_STATUSES.join('|')}))*$`);

/** `status=issued` or `status=issued,paid`: the statuses asked for, each once. */
const statusListSchema = text()
  .max(100)
  .regex(STATUS_LIST, `one or several of ${INVOICE_STATUSES.join(', ')}, separated by commas`)
  .transform((value) => [...new Set(value.split(','))] as InvoiceStatus[]);

/**
 * `GET /api/invoices` filters: every campaign unless one is named. Drafts first, then by issue date,
 * the latest first. The period (`from`, `to`, inclusive) is on the issue date, so it leaves drafts out.
 */
export const invoiceQuerySchema = z
  .object({
    status: statusListSchema.optional().meta({ description: `One status or several separated by commas (${INVOICE_STATUSES.join(', ')}), e.g. \`issued,paid\`` }),
    kind: invoiceKindSchema.optional().meta({ description: 'Invoices or credit notes only' }),
    communeNis: communeNisSchema.optional().meta({ description: 'The documents of this commune (NIS code)', example: '92142' }),
    campaignId: z.uuid().optional().meta({ description: 'The documents of this campaign' }),
    engagementId: z.uuid().optional().meta({ description: 'The documents of this engagement' }),
    from: calendarDay().optional().meta({ description: 'Issued on or after this day' }),
    to: calendarDay().optional().meta({ description: 'Issued on or before this day' }),
    overdue: booleanQueryParam.optional().meta({ description: '`true`: only the overdue invoices (issued, something owed, due date passed); `false`: only the others' }),
    q: text().trim().max(100).optional().meta({ description: "Part of the number or of the commune's name (regardless of case)", example: 'CF-2026' }),
    ...pageQueryShape(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: 'from must not be after to', path: ['to'] });
export type InvoiceQuery = z.infer<typeof invoiceQuerySchema>;

/**
 * A line of a draft, as finance writes it. What is left out comes from the campaign: for the
 * diagnostic its price and the commune's share (10000 - BEP's share), unit `C62`; for accompaniment
 * the day rate and the commune's share of it, unit `DAY`; for anything else the whole price
 * (share 10000), unit `C62`. The VAT category is the invoice's.
 */
export const draftLineRequestSchema = z.strictObject({
  description: text().trim().min(1, 'required').max(500),
  quantityMilli: z
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(1000)
    .meta({ description: 'Thousandths of a unit: 1000 is one (day), 500 half a day; at most 1000 units' }),
  unitCode: invoiceUnitCodeSchema.optional(),
  unitPriceCents: cents.optional().meta({ description: 'Price of one unit, excluding VAT, before the share' }),
  shareBp: z.number().int().min(0).max(10_000).optional().meta({ description: "The commune's share of the price, in basis points" }),
});
export type DraftLineRequest = z.input<typeof draftLineRequestSchema>;
export type DraftLine = z.output<typeof draftLineRequestSchema>;

const draftLines = z.array(draftLineRequestSchema).min(1, 'at least one line').max(100);
const note = text().trim().max(2000);

/**
 * `POST /api/invoices`: a draft by hand for an engagement. Without lines, a diagnostic draft gets
 * the campaign's diagnostic line; accompaniment and other services need their lines.
 */
export const createInvoiceRequestSchema = z.strictObject({
  engagementId: z.uuid(),
  service: invoiceServiceSchema,
  lines: draftLines.optional(),
  note: note.optional(),
});
export type CreateInvoiceRequest = z.input<typeof createInvoiceRequestSchema>;
export type CreateInvoiceValues = z.output<typeof createInvoiceRequestSchema>;

/** `PATCH /api/invoices/{id}`: a draft's lines (all of them, replaced) or note; `version` as read. */
export const updateInvoiceRequestSchema = z
  .strictObject({
    version: z.number().int().min(1),
    lines: draftLines.optional(),
    note: note.nullable().optional(),
  })
  .refine((patch) => patch.lines !== undefined || patch.note !== undefined, 'nothing to change: give lines or note');
export type UpdateInvoiceRequest = z.input<typeof updateInvoiceRequestSchema>;
export type UpdateInvoiceValues = z.output<typeof updateInvoiceRequestSchema>;

/** `POST /api/invoices/{id}/issue`: `version`, when given, must be the draft's (409 otherwise). */
export const issueInvoiceRequestSchema = z.strictObject({
  version: z.number().int().min(1).optional(),
});
export type IssueInvoiceRequest = z.infer<typeof issueInvoiceRequestSchema>;

/** `POST /api/invoices/{id}/payments`: never more than what is still owed. */
export const recordPaymentRequestSchema = z.strictObject({
  paidOn: calendarDay(),
  amountCents: cents.min(1),
  reference: text().trim().min(1).max(200).optional(),
});
export type RecordPaymentRequest = z.infer<typeof recordPaymentRequestSchema>;

/**
 * `POST /api/invoices/{id}/credit-notes`: issued at once. Without `amountCents`, it credits the
 * whole net amount still owed; with it, one line of that net amount in the invoice's VAT category.
 */
export const creditNoteRequestSchema = z.strictObject({
  reason: text().trim().min(1, 'required: why the invoice is credited').max(1000),
  amountCents: cents.min(1).optional().meta({ description: 'Net amount to credit (excluding VAT); left out: all that is still owed' }),
});
export type CreditNoteRequest = z.infer<typeof creditNoteRequestSchema>;

/** `GET /api/invoices/draft-failures`: the drafts the billing job could not make, for finance to act on. */
export const invoiceDraftFailureSchema = z.object({
  engagementId: z.uuid(),
  commune: z.object({ nis: z.string(), name: z.string() }),
  service: invoiceServiceSchema,
  lastError: z.string(),
  attempts: z.number().int(),
  failedAt: z.iso.datetime(),
});
export type InvoiceDraftFailure = z.infer<typeof invoiceDraftFailureSchema>;
export const invoiceDraftFailureListSchema = z.object({ items: z.array(invoiceDraftFailureSchema) });
export type InvoiceDraftFailureList = z.infer<typeof invoiceDraftFailureListSchema>;
