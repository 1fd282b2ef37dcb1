import { z } from 'zod';

/** What a user may do (BEP managers, finance and IT, Ocalia's consultants); a user may hold several. */
export const ROLES = ['manager', 'consultant', 'finance', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Finance writes invoices; managers read them (SPEC, "Users and roles"); consultants and
 * administrators see none. Here rather than in billing, so that every capability that shows a
 * figure or an entry drawn from invoices (the campaign budget, the timeline, the reminders)
 * applies the same rule without depending on billing.
 */
export const INVOICE_READERS = ['finance', 'manager'] as const satisfies readonly Role[];

/** Whether a user holding these roles reads invoices, and so what is drawn from them. */
export function readsInvoices(roles: readonly Role[]): boolean {
  return INVOICE_READERS.some((role) => roles.includes(role));
}
