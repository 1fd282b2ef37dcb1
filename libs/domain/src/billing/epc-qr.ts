import { centsToDecimal } from './money';
import { formatStructuredCommunication } from './structured-communication';

/**
 * The EPC QR code's text (EPC069-12, "SEPA credit transfer", version 002, UTF-8): a banking app
 * scans it and fills in the transfer. The Belgian structured communication is not an ISO 11649
 * creditor reference, so it goes in the remittance text as `+++…+++`, which Belgian banks
 * recognise; the structured reference line stays empty (the format allows one or the other).
 */
export interface EpcPayment {
  bic: string;
  beneficiaryName: string;
  iban: string;
  amountCents: number;
  /** 12 digits; written `+++123/4567/89002+++` in the remittance. */
  structuredCommunication?: string | null;
  /** Free remittance text when there is no structured communication. */
  text?: string | null;
}

const MAX_NAME = 70;
const MAX_REMITTANCE = 140;
/** EPC069-12 bounds: 0.01 to 999 999 999.99 EUR. */
const MAX_AMOUNT_CENTS = 99_999_999_999;

export function epcQrPayload(payment: EpcPayment): string {
  if (!Number.isSafeInteger(payment.amountCents) || payment.amountCents < 1 || payment.amountCents > MAX_AMOUNT_CENTS) {
    throw new RangeError(`A payment QR code needs an amount between 0.01 and 999999999.99 EUR, not ${payment.amountCents} cents`);
  }
  const communication = payment.structuredCommunication;
  const remittance = communication
    ? formatStructuredCommunication(communication)
    : (payment.text ?? '').slice(0, MAX_REMITTANCE);
  return [
    'BCD',
    '002',
    '1', // UTF-8
    'SCT',
    payment.bic,
    payment.beneficiaryName.slice(0, MAX_NAME),
    payment.iban,
    `EUR${centsToDecimal(payment.amountCents)}`,
    '', // purpose
    '', // structured (ISO 11649) reference
    remittance,
  ].join('\n');
}
