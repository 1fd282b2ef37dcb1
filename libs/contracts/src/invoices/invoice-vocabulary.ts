/**
 * The words of co-financing billing, shared by the database's constraints, the API's contracts and
 * the client: what kind of document, for which service, in which status.
 */

/** An invoice, or a credit note that cancels all or part of one. */
export const INVOICE_KINDS = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/** What is billed: BEP's programme bills the commune its share of the diagnostic and of accompaniment days. */
export const INVOICE_SERVICES = ['diagnostic', 'accompaniment', 'other'] as const;
export type InvoiceService = (typeof INVOICE_SERVICES)[number];

/**
 * `draft` (editable, no number) -> `issued` (numbered, immutable) -> `paid` (settled by payments) or
 * `credited` (settled, at least in part, by credit notes). A credit note is issued at once and stays `issued`.
 */
export const INVOICE_STATUSES = ['draft', 'issued', 'paid', 'credited'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** The number series: `CF` for invoices, `NC` for credit notes, each gapless per fiscal year. */
export const INVOICE_SERIES = ['CF', 'NC'] as const;
export type InvoiceSeries = (typeof INVOICE_SERIES)[number];

/** UN/ECE recommendation 20 units: one (`C62`) or a day (`DAY`). */
export const INVOICE_UNIT_CODES = ['C62', 'DAY'] as const;
export type InvoiceUnitCode = (typeof INVOICE_UNIT_CODES)[number];

/** EN 16931 VAT categories the programme bills in: `S` standard rate (21 %), `O` not subject to VAT. */
export const INVOICE_VAT_CATEGORIES = ['S', 'O'] as const;
