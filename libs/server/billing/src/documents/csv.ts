import { centsToDecimal, formatEnterpriseNumber, spreadsheetText, type InvoiceKind, type InvoiceStatus } from '@bep/domain';
import { stringify } from 'csv-stringify';
import { pipeline, Readable } from 'node:stream';
import { belgianDate } from './french-format';

/**
 * The accounting export: one row per invoice or credit note, in the form Belgian accounting
 * software and a French-speaking spreadsheet read without settings: UTF-8 with a byte order mark,
 * `;` between fields (the comma is the decimal separator), decimal comma, dd/mm/yyyy dates, CRLF
 * line ends. The columns are documented in docs/billing-exports.md.
 */

/** One document as the export query returns it: flat, straight from SQL, not the full document. */
export interface InvoiceCsvRow {
  kind: InvoiceKind;
  /** Null only for a draft, which has no number yet. */
  number: string | null;
  status: InvoiceStatus;
  issueDate: string | null;
  /** Invoices only. */
  dueDate: string | null;
  communeNis: string;
  communeName: string;
  /** 10 digits. */
  enterpriseNumber: string | null;
  buyerReference: string | null;
  campaignName: string;
  /** Amounts as the document states them, positive for both kinds: the export signs credit notes. */
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** Invoices: payments recorded so far, and what remains due after payments and credit notes. */
  paidCents: number;
  outstandingCents: number;
  /** 12 digits. */
  structuredCommunication: string | null;
  /** A credit note's invoice. */
  creditedInvoiceNumber: string | null;
}

export const INVOICE_CSV_HEADER = [
  'Type',
  'Numéro',
  "Date d'émission",
  'Échéance',
  'Statut',
  'Code INS',
  'Commune',
  "N° d'entreprise",
  'Référence acheteur',
  'Campagne',
  'Montant HTVA',
  'TVA',
  'Montant TVAC',
  'Payé',
  'Solde dû',
  'Communication structurée',
  'Facture créditée',
] as const;

const KIND_LABELS: Record<InvoiceKind, string> = { invoice: 'facture', credit_note: 'note de crédit' };
const STATUS_LABELS: Record<InvoiceStatus, string> = { draft: 'brouillon', issued: 'émise', paid: 'payée', credited: 'créditée' };

/** `-250000` -> `-2500,00`: no thousands separator, which importers would take for a field of its own. */
export function csvAmount(cents: number): string {
  return centsToDecimal(cents).replace('.', ',');
}

/** Free text, kept from running as a formula in a spreadsheet (`spreadsheetText` of libs/domain, shared with the maturity export). */
export const csvText = spreadsheetText;

/**
 * The cells of one row. A credit note's amounts are negative, so that a column's sum is what was
 * billed net of credits; its Payé and Solde dû are empty, since it is not paid itself (its effect
 * shows in the Solde dû of the invoice it credits).
 */
export function invoiceCsvRecord(row: InvoiceCsvRow): string[] {
  const isCredit = row.kind === 'credit_note';
  const signed = (cents: number): string => csvAmount(isCredit ? -cents : cents);
  return [
    KIND_LABELS[row.kind],
    csvText(row.number),
    row.issueDate ? belgianDate(row.issueDate) : '',
    row.dueDate ? belgianDate(row.dueDate) : '',
    STATUS_LABELS[row.status],
    row.communeNis,
    csvText(row.communeName),
    row.enterpriseNumber ? formatEnterpriseNumber(row.enterpriseNumber) : '',
    csvText(row.buyerReference),
    csvText(row.campaignName),
    signed(row.netCents),
    signed(row.vatCents),
    signed(row.grossCents),
    isCredit ? '' : csvAmount(row.paidCents),
    isCredit ? '' : csvAmount(row.outstandingCents),
    row.structuredCommunication ?? '',
    csvText(row.creditedInvoiceNumber),
  ];
}

/** The stringifier's settings, shared by the streaming and the in-memory forms. */
const CSV_OPTIONS = { delimiter: ';', bom: true, record_delimiter: 'windows', quote: '"', escape: '"' } as const;

/**
 * The export as a byte stream, one row read from `rows` at a time: memory stays flat whatever the
 * number of rows, because the stringifier only pulls the next row when the reader (the HTTP
 * response, the ZIP) has taken the previous ones. A failure of the query ends the stream with it.
 */
export function invoiceCsvStream(rows: AsyncIterable<InvoiceCsvRow>): Readable {
  async function* records(): AsyncGenerator<string[]> {
    yield [...INVOICE_CSV_HEADER];
    for await (const row of rows) yield invoiceCsvRecord(row);
  }
  const stringifier = stringify(CSV_OPTIONS);
  // pipeline destroys the stringifier with the source's error, so the reader sees it.
  return pipeline(Readable.from(records()), stringifier, () => undefined);
}
