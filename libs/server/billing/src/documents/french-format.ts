import { belgianDate, formatIban, formatStructuredCommunication } from '@bep/domain';
import type { InvoiceDocument } from './invoice-document';

/** The shared Belgian formats of amounts and days, and the documents' own (quantities, shares, terms). */
export { belgianDate, frenchEuros } from '@bep/domain';

/** `2500` (thousandths) -> `2,5`. */
export function frenchQuantity(quantityMilli: number): string {
  const whole = Math.trunc(quantityMilli / 1000);
  const fraction = String(Math.abs(quantityMilli % 1000)).padStart(3, '0').replace(/0+$/, '');
  return fraction ? `${whole},${fraction}` : String(whole);
}

/** `5000` basis points -> `50 %`, `3333` -> `33,33 %`. */
export function frenchPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(Math.abs(basisPoints % 100)).padStart(2, '0').replace(/0+$/, '');
  return `${fraction ? `${whole},${fraction}` : whole} %`;
}

/**
 * The payment terms, printed on the PDF and sent as the UBL's PaymentTerms: when, to which account,
 * with which communication (a Belgian bank matches the transfer to the invoice by it).
 */
export function paymentTermsText(doc: InvoiceDocument): string {
  if (doc.kind === 'credit_note') {
    const credited = doc.creditedInvoice ? ` ${doc.creditedInvoice.number}` : '';
    return `À déduire de la facture${credited} : aucun paiement n'est à effectuer ; un montant déjà payé en trop sera remboursé.`;
  }
  const due = doc.dueDate ? ` avant le ${belgianDate(doc.dueDate)}` : '';
  return (
    `À payer${due} sur le compte ${formatIban(doc.seller.iban)} (BIC ${doc.seller.bic}) ` +
    `avec la communication structurée ${formatStructuredCommunication(doc.structuredCommunication)}.`
  );
}
