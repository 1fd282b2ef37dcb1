import { formatIban, formatStructuredCommunication } from '@bep/domain';
import type { InvoiceDocument } from './invoice-document';

/**
 * How the French documents write figures and dates, from the integers themselves rather than
 * through `Intl`: the output is the same on every machine (ICU versions differ in their spaces)
 * and uses only characters that the PDF's standard fonts can draw.
 */

/** `2024-03-05` -> `05/03/2024`, the Belgian way. */
export function belgianDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Not a calendar day: "${day}"`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** `250000` -> `2 500,00`: a space between thousands, a decimal comma. */
export function frenchDecimalCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an amount in cents: ${cents}`);
  const magnitude = Math.abs(cents);
  const euros = String(Math.floor(magnitude / 100)).replace(/\B(?=(\d{3})+$)/g, ' ');
  return `${cents < 0 ? '-' : ''}${euros},${String(magnitude % 100).padStart(2, '0')}`;
}

/** `250000` -> `2 500,00 EUR`. */
export function frenchEuros(cents: number): string {
  return `${frenchDecimalCents(cents)} EUR`;
}

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
