import { invoiceTotals, lineNetCents } from '@bep/domain';
import { NOT_SUBJECT_TO_VAT_REASON, type InvoiceDocument, type InvoiceDocumentLine, type SellerParty, type VatCategoryCode } from './invoice-document';

/**
 * Issued documents as the billing service builds them, for the renderers' specs: the demo's
 * diagnostic invoice and its variations. Every identifier passes its check (enterprise numbers
 * mod 97, the IBAN, the structured communications), since the official rules check them too.
 */

export const SAMPLE_SELLER: SellerParty = {
  name: 'BEP - Bureau Économique de la Province de Namur',
  address: { street: 'Avenue Sergent Vrithoff 2', postalCode: '5000', city: 'Namur', countryCode: 'BE' },
  enterpriseNumber: '0201400605',
  vatNumber: null,
  iban: 'BE71096123456769',
  bic: 'GKCCBEBB',
  peppolEndpoint: '0201400605',
  email: 'facturation@bep.example',
  phone: '+32 81 71 71 71',
};


type LineInput = Pick<InvoiceDocumentLine, 'description' | 'quantityMilli' | 'unitCode' | 'unitPriceCents' | 'shareBp'>;

/** A document whose lines, VAT breakdown and totals are computed by the domain rules, as when issued. */
export function sampleDocument(
  overrides: Partial<Omit<InvoiceDocument, 'lines' | 'vatBreakdown' | 'totals'>> & { paidCents?: number } = {},
  lines: LineInput[] = [{ description: 'Diagnostic de maturité numérique', quantityMilli: 1000, unitCode: 'C62', unitPriceCents: 500_000, shareBp: 5000 }],
  vatCategory: VatCategoryCode = 'O',
): InvoiceDocument {
  const vatRateBp = vatCategory === 'S' ? 2100 : 0;
  const documentLines = lines.map((entry, index) => ({
    ...entry,
    position: index + 1,
    netCents: lineNetCents(entry),
    vatCategory,
    vatRateBp,
  }));
  const totals = invoiceTotals(documentLines);
  const { paidCents = 0, ...fields } = overrides;
  return {
    id: '0b6c3f0e-7d2a-4c55-9a57-2f6f0c1d9a01',
    kind: 'invoice',
    number: 'CF-2026-0007',
    issueDate: '2026-03-02',
    dueDate: '2026-04-01',
    currency: 'EUR',
    seller: vatCategory === 'S' ? { ...SAMPLE_SELLER, vatNumber: 'BE0201400605' } : SAMPLE_SELLER,
    buyer: {
      nis: '92094',
      name: 'Commune de Gembloux',
      address: { street: "Parc d'Épinal 2", postalCode: '5030', city: 'Gembloux', countryCode: 'BE' },
      enterpriseNumber: '0216095016',
      vatNumber: null,
      peppolEndpoint: '0216095016',
      buyerReference: 'FIN-2026-TN',
      email: 'finances@gembloux.example',
    },
    lines: documentLines,
    vatBreakdown: totals.byCategory.map((entry) => ({ ...entry, exemptionReason: entry.vatCategory === 'O' ? NOT_SUBJECT_TO_VAT_REASON : null })),
    totals: {
      netCents: totals.netCents,
      vatCents: totals.vatCents,
      grossCents: totals.grossCents,
      paidCents,
      payableCents: totals.grossCents - paidCents,
    },
    structuredCommunication: '202600000701',
    subject: 'Transition numérique 2026 - Diagnostic de maturité numérique',
    creditedInvoice: null,
    note: null,
    campaignName: 'Transition numérique 2026',
    ...fields,
  };
}

/** A credit note of (part of) the sample invoice. */
export function sampleCreditNote(lines?: LineInput[], vatCategory: VatCategoryCode = 'O'): InvoiceDocument {
  return sampleDocument(
    {
      kind: 'credit_note',
      number: 'NC-2026-0002',
      issueDate: '2026-03-20',
      dueDate: null,
      structuredCommunication: '202690000230',
      creditedInvoice: { number: 'CF-2026-0007', issueDate: '2026-03-02' },
      note: 'Diagnostic facturé deux fois',
    },
    lines,
    vatCategory,
  );
}
