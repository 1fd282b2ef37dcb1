/**
 * Where an invoice stands. A draft can change; issuing fixes it for good; payments and credit notes
 * are the only ways forward. Overdue is not a status: it is derived from the due date, so that it
 * is never stale.
 */

export const INVOICE_STATUSES = ['draft', 'issued', 'paid', 'credited'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_KINDS = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/** Number series: CF for co-financing invoices, NC for credit notes (notes de crédit). */
export type InvoiceSeries = 'CF' | 'NC';

/** Days between the issue date and the due date. */
export const PAYMENT_TERM_DAYS = 30;

export interface InvoiceBalance {
  grossCents: number;
  paidCents: number;
  /** What credit notes took off (their gross). */
  creditedCents: number;
}

/** What the commune still owes. */
export function invoiceOutstandingCents({ grossCents, paidCents, creditedCents }: InvoiceBalance): number {
  return Math.max(0, grossCents - paidCents - creditedCents);
}

/**
 * The status of an issued invoice after a payment or a credit note: credited when credit notes
 * cancelled all of it, paid when nothing remains to pay, issued while something does.
 */
export function settledStatus(balance: InvoiceBalance): Exclude<InvoiceStatus, 'draft'> {
  if (balance.creditedCents >= balance.grossCents) return 'credited';
  return invoiceOutstandingCents(balance) === 0 ? 'paid' : 'issued';
}

/** Overdue: issued, something still to pay, and the due date (a Brussels day) is before `today`. */
export function isInvoiceOverdue(invoice: { status: InvoiceStatus; dueDate: string | null; outstandingCents: number }, today: string): boolean {
  return invoice.status === 'issued' && invoice.dueDate !== null && invoice.outstandingCents > 0 && invoice.dueDate < today;
}

/** `CF`, 2026, 7 -> `CF-2026-0007`. */
export function formatInvoiceNumber(series: InvoiceSeries, year: number, sequence: number): string {
  return `${series}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** `YYYY-MM-DD` plus `days` calendar days (no time zone involved: both are calendar days). */
export function addCalendarDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const result = new Date(Date.UTC(year, month - 1, date + days));
  if (Number.isNaN(result.getTime())) {
    throw new RangeError(`Not a calendar day: "${day}"`);
  }
  return result.toISOString().slice(0, 10);
}

/** The due date of an invoice issued on `issueDate`. */
export function invoiceDueDate(issueDate: string): string {
  return addCalendarDays(issueDate, PAYMENT_TERM_DAYS);
}
