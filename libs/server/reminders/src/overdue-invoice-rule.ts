import type { ReminderRuleName } from '@bep/domain';

/**
 * The rule that chases an overdue invoice. Its reminders name the invoice (`subjectId`) and say it
 * is unpaid, so they are for the readers of invoices and finance staff: a consultant sees no
 * invoice (SPEC, "Users and roles"), not even on an engagement of their team.
 */
export const OVERDUE_INVOICE_RULE: ReminderRuleName = 'invoiceOverdue';
