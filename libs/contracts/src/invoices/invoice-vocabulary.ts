import type { InvoiceSeries } from '@bep/domain';

/**
 * The words of co-financing billing that the domain's rules do not need but the database's
 * constraints, the API's contracts and the client share: the service billed, the series, the
 * units, the VAT categories. Kinds and statuses are the domain's (`INVOICE_KINDS`, `INVOICE_STATUSES`).
 */

/** What is billed: BEP's programme bills the commune its share of the diagnostic and of accompaniment days. */
export const INVOICE_SERVICES = ['diagnostic', 'accompaniment', 'other'] as const;
export type InvoiceService = (typeof INVOICE_SERVICES)[number];

/** The number series: `CF` for invoices, `NC` for credit notes, each gapless per fiscal year. */
export const INVOICE_SERIES = ['CF', 'NC'] as const satisfies readonly InvoiceSeries[];

/** UN/ECE recommendation 20 units: one (`C62`) or a day (`DAY`). */
export const INVOICE_UNIT_CODES = ['C62', 'DAY'] as const;
export type InvoiceUnitCode = (typeof INVOICE_UNIT_CODES)[number];

/** EN 16931 VAT categories the programme bills in: `S` standard rate (21 %), `O` not subject to VAT. */
export const INVOICE_VAT_CATEGORIES = ['S', 'O'] as const;
