/** Finance writes invoices; managers read them (SPEC, "Users and roles"); consultants and administrators see none. */
export const INVOICE_READERS = ['finance', 'manager'] as const;
