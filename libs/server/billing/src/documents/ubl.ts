import { centsToDecimal } from '@bep/domain';
import { create } from 'xmlbuilder2';
import { percentDecimal, quantityDecimal, sharedUnitPriceDecimal, unsharedUnitPriceDecimal } from './decimals';
import { frenchPercent, paymentTermsText } from './french-format';
import type { InvoiceDocument, InvoiceDocumentLine, VatBreakdown, VatCategoryCode } from './invoice-document';
import { buyerParty, sellerParty } from './ubl-parties';

/**
 * An issued invoice or credit note as a Peppol BIS Billing 3.0 document (UBL 2.1), the form in
 * which Belgian public bodies receive invoices. UBL is order-sensitive: the keys below follow the
 * order of the UBL schema (see the official examples in shared/peppol/). A credit note carries
 * positive amounts, like the invoice it credits: the document type says they are credited.
 */

const UBL_NAMESPACES = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
};
export const PEPPOL_BIS3_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PEPPOL_BIS3_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
/** UNCL 1001: commercial invoice, credit note. */
const INVOICE_TYPE_CODE = '380';
const CREDIT_NOTE_TYPE_CODE = '381';
/** UNCL 4461: credit transfer (a Belgian SEPA transfer with a structured communication). */
const CREDIT_TRANSFER = '30';
/** The VATEX code of category O, "not subject to VAT", sent with the reason in words. */
const NOT_SUBJECT_TO_VAT_CODE = 'VATEX-EU-O';

type Node = Record<string, unknown>;

function amount(cents: number): Node {
  return { '@currencyID': 'EUR', '#': centsToDecimal(cents) };
}

/** A category's identifiers: category O carries no rate (EN 16931 BR-O-05 and BR-O-09). */
function taxCategory(category: VatCategoryCode, vatRateBp: number): Node {
  return category === 'O' ? { 'cbc:ID': category } : { 'cbc:ID': category, 'cbc:Percent': percentDecimal(vatRateBp) };
}

function taxSubtotal(entry: VatBreakdown): Node {
  const exemption =
    entry.vatCategory === 'O'
      ? { 'cbc:TaxExemptionReasonCode': NOT_SUBJECT_TO_VAT_CODE, 'cbc:TaxExemptionReason': entry.exemptionReason ?? 'Non soumis à la TVA' }
      : {};
  return {
    'cbc:TaxableAmount': amount(entry.taxableCents),
    'cbc:TaxAmount': amount(entry.vatCents),
    'cac:TaxCategory': { ...taxCategory(entry.vatCategory, entry.vatRateBp), ...exemption, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
  };
}

/**
 * A line: the net price is the unit price times the commune's share, exactly, and the part BEP
 * pays is shown as a price discount (EN 16931 BT-147, gross price BT-148), so that the commune's
 * system reads both the full price and its share. Quantity x net price is then exactly the
 * unrounded line amount, which satisfies PEPPOL-EN16931-R120 for any quantity and share.
 */
function line(entry: InvoiceDocumentLine, kind: InvoiceDocument['kind']): Node {
  const share =
    entry.shareBp === 10_000
      ? {}
      : {
          'cac:AllowanceCharge': {
            'cbc:ChargeIndicator': 'false',
            'cbc:Amount': { '@currencyID': 'EUR', '#': unsharedUnitPriceDecimal(entry.unitPriceCents, entry.shareBp) },
            'cbc:BaseAmount': amount(entry.unitPriceCents),
          },
        };
  return {
    'cbc:ID': String(entry.position),
    [kind === 'invoice' ? 'cbc:InvoicedQuantity' : 'cbc:CreditedQuantity']: { '@unitCode': entry.unitCode, '#': quantityDecimal(entry.quantityMilli) },
    'cbc:LineExtensionAmount': amount(entry.netCents),
    'cac:Item': {
      'cbc:Description': `Part de la commune : ${frenchPercent(entry.shareBp)} du prix`,
      'cbc:Name': entry.description,
      'cac:ClassifiedTaxCategory': { ...taxCategory(entry.vatCategory, entry.vatRateBp), 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
    },
    'cac:Price': {
      'cbc:PriceAmount': { '@currencyID': 'EUR', '#': sharedUnitPriceDecimal(entry.unitPriceCents, entry.shareBp) },
      ...share,
    },
  };
}

function documentNote(doc: InvoiceDocument): string {
  // BIS 3 allows one note (PEPPOL-EN16931-R002): the subject, then the free note if any.
  return doc.note ? `${doc.subject} - ${doc.note}` : doc.subject;
}

/**
 * The totals as issued. Payments and credit notes recorded later are not part of the e-invoice
 * (they are separate events and documents): the same invoice always gives the same UBL, and the
 * amount due is the gross amount (BR-CO-16 without prepayment).
 */
function monetaryTotal(doc: InvoiceDocument): Node {
  const { netCents, grossCents } = doc.totals;
  return {
    'cbc:LineExtensionAmount': amount(netCents),
    'cbc:TaxExclusiveAmount': amount(netCents),
    'cbc:TaxInclusiveAmount': amount(grossCents),
    'cbc:PayableAmount': amount(grossCents),
  };
}

function assertRenderable(doc: InvoiceDocument): void {
  const categories = new Set(doc.lines.map((entry) => entry.vatCategory));
  if (categories.has('S') && !doc.seller.vatNumber) {
    throw new Error(`${doc.number}: a document subject to VAT needs the seller's VAT number (EN 16931 BR-S-02)`);
  }
  if (categories.has('O') && categories.size > 1) {
    throw new Error(`${doc.number}: a document outside the scope of VAT cannot mix in other categories (EN 16931 BR-O-11)`);
  }
  if (doc.kind === 'credit_note' && !doc.creditedInvoice) {
    throw new Error(`${doc.number}: a credit note must reference the invoice it credits`);
  }
}

/** The Peppol BIS Billing 3.0 UBL of an issued invoice (`Invoice`) or credit note (`CreditNote`). */
export function invoiceUbl(doc: InvoiceDocument): string {
  assertRenderable(doc);
  const isInvoice = doc.kind === 'invoice';
  // VAT identifiers are forbidden on a document outside the scope of VAT (BR-O-02).
  const withVatIdentifiers = !doc.lines.some((entry) => entry.vatCategory === 'O');
  const body: Node = {
    '@xmlns': isInvoice ? UBL_NAMESPACES.invoice : UBL_NAMESPACES.creditNote,
    '@xmlns:cac': UBL_NAMESPACES.cac,
    '@xmlns:cbc': UBL_NAMESPACES.cbc,
    'cbc:CustomizationID': PEPPOL_BIS3_CUSTOMIZATION_ID,
    'cbc:ProfileID': PEPPOL_BIS3_PROFILE_ID,
    'cbc:ID': doc.number,
    'cbc:IssueDate': doc.issueDate,
    ...(isInvoice && doc.dueDate ? { 'cbc:DueDate': doc.dueDate } : {}),
    [isInvoice ? 'cbc:InvoiceTypeCode' : 'cbc:CreditNoteTypeCode']: isInvoice ? INVOICE_TYPE_CODE : CREDIT_NOTE_TYPE_CODE,
    'cbc:Note': documentNote(doc),
    'cbc:DocumentCurrencyCode': doc.currency,
    'cbc:BuyerReference': doc.buyer.buyerReference,
    ...(doc.creditedInvoice
      ? { 'cac:BillingReference': { 'cac:InvoiceDocumentReference': { 'cbc:ID': doc.creditedInvoice.number, 'cbc:IssueDate': doc.creditedInvoice.issueDate } } }
      : {}),
    'cac:AccountingSupplierParty': sellerParty(doc.seller, withVatIdentifiers),
    'cac:AccountingCustomerParty': buyerParty(doc.buyer, withVatIdentifiers),
    // A credit note asks for no transfer from the commune, so it carries no payment instructions.
    ...(isInvoice
      ? {
          'cac:PaymentMeans': {
            'cbc:PaymentMeansCode': CREDIT_TRANSFER,
            'cbc:PaymentID': doc.structuredCommunication,
            'cac:PayeeFinancialAccount': {
              'cbc:ID': doc.seller.iban,
              'cbc:Name': doc.seller.name,
              'cac:FinancialInstitutionBranch': { 'cbc:ID': doc.seller.bic },
            },
          },
        }
      : {}),
    'cac:PaymentTerms': { 'cbc:Note': paymentTermsText(doc) },
    'cac:TaxTotal': {
      'cbc:TaxAmount': amount(doc.totals.vatCents),
      'cac:TaxSubtotal': doc.vatBreakdown.map(taxSubtotal),
    },
    'cac:LegalMonetaryTotal': monetaryTotal(doc),
    [isInvoice ? 'cac:InvoiceLine' : 'cac:CreditNoteLine']: doc.lines.map((entry) => line(entry, doc.kind)),
  };
  return create({ version: '1.0', encoding: 'UTF-8' }, { [isInvoice ? 'Invoice' : 'CreditNote']: body }).end({ prettyPrint: true });
}
