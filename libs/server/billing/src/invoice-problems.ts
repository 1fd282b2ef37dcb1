import { ConflictException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';

/**
 * The problems the invoice routes answer, each with a `type` a client can tell apart (RFC 9457):
 * the status does not allow the action, a payment or a credit over what is owed, an amount the
 * documents cannot hold, a draft without what it needs.
 */
export const INVOICE_PROBLEM = {
  status: 'urn:bep:invoice-status',
  overpayment: 'urn:bep:invoice-overpayment',
  creditExceeds: 'urn:bep:invoice-credit-exceeds',
  amount: 'urn:bep:invoice-amount',
  lines: 'urn:bep:invoice-lines',
  engagement: 'urn:bep:invoice-engagement',
  paymentDate: 'urn:bep:invoice-payment-date',
} as const;

export function invoiceProblem(type: keyof typeof INVOICE_PROBLEM, title: string, detail: string): UnprocessableEntityException {
  return new UnprocessableEntityException({ type: INVOICE_PROBLEM[type], title, detail });
}

export function noSuchInvoice(id: string): NotFoundException {
  return new NotFoundException(`No invoice ${id}.`);
}

export function staleInvoice(current: number, sent: number): ConflictException {
  return new ConflictException(`The invoice changed meanwhile (version ${current}, not ${sent}); reload it and try again.`);
}
