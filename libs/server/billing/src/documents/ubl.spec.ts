import { centsToDecimal, lineNetCents } from '@bep/domain';
import { ublValues, validatePeppol } from '../testing/peppol-rules';
import { sampleCreditNote, sampleDocument, SAMPLE_SELLER } from './sample-documents';
import { invoiceUbl, PEPPOL_BIS3_CUSTOMIZATION_ID, PEPPOL_BIS3_PROFILE_ID } from './ubl';

// Every document below goes through the complete official rules (EN 16931, then Peppol BIS 3).
// Loading them takes a few seconds once per file; each document then takes a fraction of a second.
jest.setTimeout(60_000);

function expectValid(xml: string): void {
  // The whole list in the failure message says which rule broke and where.
  expect(validatePeppol(xml).fatal).toEqual([]);
}

const accompaniment = { description: "Accompagnement à la transformation numérique", unitCode: 'DAY' as const, unitPriceCents: 65_000 };

describe('invoiceUbl: an invoice outside the scope of VAT (the demo diagnostic)', () => {
  const xml = invoiceUbl(sampleDocument());

  it('passes the official rules, without even a warning', () => {
    expect(validatePeppol(xml)).toEqual({ fatal: [], warnings: [] });
  });

  it('is a Peppol BIS Billing 3.0 commercial invoice with the buyer reference', () => {
    expect(ublValues(xml, '/inv:Invoice/cbc:CustomizationID')).toEqual([PEPPOL_BIS3_CUSTOMIZATION_ID]);
    expect(ublValues(xml, '/inv:Invoice/cbc:ProfileID')).toEqual([PEPPOL_BIS3_PROFILE_ID]);
    expect(ublValues(xml, '/inv:Invoice/cbc:ID')).toEqual(['CF-2026-0007']);
    expect(ublValues(xml, '/inv:Invoice/cbc:IssueDate')).toEqual(['2026-03-02']);
    expect(ublValues(xml, '/inv:Invoice/cbc:DueDate')).toEqual(['2026-04-01']);
    expect(ublValues(xml, '/inv:Invoice/cbc:InvoiceTypeCode')).toEqual(['380']);
    expect(ublValues(xml, '/inv:Invoice/cbc:BuyerReference')).toEqual(['FIN-2026-TN']);
  });

  it('addresses both parties by enterprise number, scheme 0208, and carries no VAT identifier', () => {
    for (const party of ['AccountingSupplierParty', 'AccountingCustomerParty']) {
      expect(ublValues(xml, `//cac:${party}//cbc:EndpointID/@schemeID`)).toEqual(['0208']);
      expect(ublValues(xml, `//cac:${party}//cac:PartyLegalEntity/cbc:CompanyID/@schemeID`)).toEqual(['0208']);
    }
    expect(ublValues(xml, '//cac:AccountingSupplierParty//cbc:EndpointID')).toEqual(['0201400605']);
    expect(ublValues(xml, '//cac:AccountingCustomerParty//cbc:EndpointID')).toEqual(['0216095016']);
    expect(ublValues(xml, '//cac:PartyTaxScheme')).toEqual([]);
  });

  it('asks for a credit transfer to the IBAN with the structured communication', () => {
    expect(ublValues(xml, '//cac:PaymentMeans/cbc:PaymentMeansCode')).toEqual(['30']);
    expect(ublValues(xml, '//cac:PaymentMeans/cbc:PaymentID')).toEqual(['202600000701']);
    expect(ublValues(xml, '//cac:PayeeFinancialAccount/cbc:ID')).toEqual(['BE71096123456769']);
    expect(ublValues(xml, '//cac:FinancialInstitutionBranch/cbc:ID')).toEqual(['GKCCBEBB']);
    expect(ublValues(xml, '//cac:PaymentTerms/cbc:Note')[0]).toContain('+++202/6000/00701+++');
  });

  it('bills 2 500,00 EUR, category O with its exemption reason and no rate', () => {
    expect(ublValues(xml, '//cac:LegalMonetaryTotal/cbc:PayableAmount')).toEqual(['2500.00']);
    expect(ublValues(xml, '//cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID')).toEqual(['EUR']);
    expect(ublValues(xml, '//cac:TaxSubtotal/cac:TaxCategory/cbc:ID')).toEqual(['O']);
    expect(ublValues(xml, '//cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason')[0]).toMatch(/^Non soumis à la TVA/);
    expect(ublValues(xml, '//cbc:Percent')).toEqual([]);
  });

  it('shows the full price and BEP share on the line', () => {
    expect(ublValues(xml, '//cac:InvoiceLine/cac:Price/cbc:PriceAmount')).toEqual(['2500.00']);
    expect(ublValues(xml, '//cac:InvoiceLine/cac:Price/cac:AllowanceCharge/cbc:BaseAmount')).toEqual(['5000.00']);
    expect(ublValues(xml, '//cac:InvoiceLine/cac:Price/cac:AllowanceCharge/cbc:Amount')).toEqual(['2500.00']);
  });
});

describe('invoiceUbl: an invoice subject to VAT at 21 %', () => {
  const xml = invoiceUbl(sampleDocument({}, undefined, 'S'));

  it('passes the official rules', () => {
    expectValid(xml);
  });

  it("carries the seller's VAT number, the rate and the VAT", () => {
    expect(ublValues(xml, '//cac:AccountingSupplierParty//cac:PartyTaxScheme/cbc:CompanyID')).toEqual(['BE0201400605']);
    expect(ublValues(xml, '//cac:TaxSubtotal/cac:TaxCategory/cbc:Percent')).toEqual(['21']);
    expect(ublValues(xml, '/inv:Invoice/cac:TaxTotal/cbc:TaxAmount')).toEqual(['525.00']);
    expect(ublValues(xml, '//cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount')).toEqual(['3025.00']);
    expect(ublValues(xml, '//cac:TaxExemptionReason')).toEqual([]);
  });

  it('refuses a document subject to VAT from a seller without a VAT number', () => {
    const doc = sampleDocument({}, undefined, 'S');
    expect(() => invoiceUbl({ ...doc, seller: SAMPLE_SELLER })).toThrow(/VAT number/);
  });
});

describe('invoiceUbl: credit notes', () => {
  it('credits the whole invoice, referencing it, without payment instructions', () => {
    const xml = invoiceUbl(sampleCreditNote());
    expectValid(xml);
    expect(ublValues(xml, '/cn:CreditNote/cbc:ID')).toEqual(['NC-2026-0002']);
    expect(ublValues(xml, '/cn:CreditNote/cbc:CreditNoteTypeCode')).toEqual(['381']);
    expect(ublValues(xml, '//cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID')).toEqual(['CF-2026-0007']);
    expect(ublValues(xml, '//cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate')).toEqual(['2026-03-02']);
    expect(ublValues(xml, '//cac:CreditNoteLine/cbc:CreditedQuantity')).toEqual(['1']);
    expect(ublValues(xml, '//cac:LegalMonetaryTotal/cbc:PayableAmount')).toEqual(['2500.00']);
    expect(ublValues(xml, '//cac:PaymentMeans')).toEqual([]);
    expect(ublValues(xml, '/cn:CreditNote/cbc:Note')[0]).toContain('Diagnostic facturé deux fois');
  });

  it('credits part of an invoice (one day of accompaniment out of 2.5)', () => {
    const xml = invoiceUbl(sampleCreditNote([{ ...accompaniment, quantityMilli: 1000, shareBp: 3333 }]));
    expectValid(xml);
    expect(ublValues(xml, '//cac:CreditNoteLine/cbc:CreditedQuantity')).toEqual(['1']);
    expect(ublValues(xml, '//cac:CreditNoteLine/cbc:CreditedQuantity/@unitCode')).toEqual(['DAY']);
    expect(ublValues(xml, '//cac:LegalMonetaryTotal/cbc:PayableAmount')).toEqual(['216.65']);
  });

  it('credits an invoice subject to VAT', () => {
    expectValid(invoiceUbl(sampleCreditNote(undefined, 'S')));
  });

  it('cannot be rendered without the invoice it credits', () => {
    expect(() => invoiceUbl({ ...sampleCreditNote(), creditedInvoice: null })).toThrow(/reference the invoice/);
  });
});

describe('invoiceUbl: fractional quantities and shares that do not divide', () => {
  it('bills 2.5 days at a 33.33 % share with the exact net price', () => {
    const xml = invoiceUbl(sampleDocument({}, [{ ...accompaniment, quantityMilli: 2500, shareBp: 3333 }]));
    expectValid(xml);
    expect(ublValues(xml, '//cac:InvoiceLine/cbc:InvoicedQuantity')).toEqual(['2.5']);
    // 650.00 x 33.33 % = 216.645 per day; 2.5 days = 541.6125, rounded once to 541.61.
    expect(ublValues(xml, '//cac:InvoiceLine/cac:Price/cbc:PriceAmount')).toEqual(['216.645']);
    expect(ublValues(xml, '//cac:InvoiceLine/cac:Price/cac:AllowanceCharge/cbc:Amount')).toEqual(['433.355']);
    expect(ublValues(xml, '//cac:InvoiceLine/cbc:LineExtensionAmount')).toEqual(['541.61']);
    expect(ublValues(xml, '//cac:LegalMonetaryTotal/cbc:PayableAmount')).toEqual(['541.61']);
  });

  it.each([
    // [quantity in thousandths, unit price in cents, share in basis points]
    [7333, 99_999, 1],
    [125, 333, 9999],
    [12_345, 123_457, 6667],
  ])('stays within the line amount rule for %i thousandths at %i cents, share %i bp, with VAT', (quantityMilli, unitPriceCents, shareBp) => {
    const line = { ...accompaniment, quantityMilli, unitPriceCents, shareBp };
    const xml = invoiceUbl(sampleDocument({}, [line, { ...line, description: 'Deuxième ligne' }], 'S'));
    expectValid(xml);
    expect(ublValues(xml, '//cac:InvoiceLine[1]/cbc:LineExtensionAmount')).toEqual([centsToDecimal(lineNetCents(line))]);
  });

  it('bills the whole price without a discount when the share is 100 %', () => {
    const xml = invoiceUbl(sampleDocument({}, [{ ...accompaniment, quantityMilli: 500, shareBp: 10_000 }]));
    expectValid(xml);
    expect(ublValues(xml, '//cac:Price/cac:AllowanceCharge')).toEqual([]);
    expect(ublValues(xml, '//cac:LegalMonetaryTotal/cbc:PayableAmount')).toEqual(['325.00']);
  });

  it('stays the invoice as issued after a payment: the same document gives the same UBL', () => {
    const paid = sampleDocument({ paidCents: 100_000 });
    const xml = invoiceUbl({ ...paid, totals: { ...paid.totals, payableCents: 0 } });
    expectValid(xml);
    expect(xml).toBe(invoiceUbl(sampleDocument()));
    expect(ublValues(xml, '//cac:LegalMonetaryTotal/cbc:PrepaidAmount')).toEqual([]);
    expect(ublValues(xml, '//cac:LegalMonetaryTotal/cbc:PayableAmount')).toEqual(['2500.00']);
  });
});

describe('validatePeppol', () => {
  it('catches a broken document: an impossible issue date', () => {
    const xml = invoiceUbl(sampleDocument({ issueDate: '2026-02-30' }));
    expect(validatePeppol(xml).fatal.map((failure) => failure.id)).toContain('PEPPOL-EN16931-F001');
  });

  it('catches an enterprise number whose check digits are wrong', () => {
    const doc = sampleDocument();
    const xml = invoiceUbl({ ...doc, buyer: { ...doc.buyer, enterpriseNumber: '0216095017', peppolEndpoint: '0216095017' } });
    expect(validatePeppol(xml).fatal.map((failure) => failure.id)).toContain('PEPPOL-COMMON-R043');
  });

  it('catches totals that do not add up', () => {
    const doc = sampleDocument();
    const xml = invoiceUbl({ ...doc, totals: { ...doc.totals, netCents: doc.totals.netCents + 1 } });
    expect(validatePeppol(xml).fatal.map((failure) => failure.id)).toContain('BR-CO-10');
  });
});
