/**
 * What every rendering of an issued invoice or credit note reads (PDF, Peppol UBL, CSV row): the
 * document exactly as it was issued, with the parties as they were then. The billing service
 * builds it from the database; the renderers are pure functions of it. Money is integer cents,
 * days are `YYYY-MM-DD` (Europe/Brussels calendar days).
 */

export type VatCategoryCode = 'S' | 'O';

/** The reason printed and sent (BT-120) with category O: BEP bills the communes outside the scope of VAT. */
export const NOT_SUBJECT_TO_VAT_REASON = 'Non soumis à la TVA (intercommunale, mission de service public)';

/** A postal address; Belgian in practice, the country kept for the UBL. */
export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2, `BE`. */
  countryCode: string;
}

/** BEP as it issues invoices: from the settings, copied onto the document when it is issued. */
export interface SellerParty {
  name: string;
  address: PostalAddress;
  /** BCE/KBO enterprise number, 10 digits without separators (`0202239951`). */
  enterpriseNumber: string;
  /** `BE0202239951`, or null when BEP invoices without a VAT number (category O only). */
  vatNumber: string | null;
  /** Electronic format, no spaces (`BE71096123456769`). */
  iban: string;
  bic: string;
  /** Peppol participant id in scheme 0208 (the enterprise number, 10 digits). */
  peppolEndpoint: string;
  email: string | null;
  phone: string | null;
}

/** The commune billed, as it was when the document was issued. */
export interface BuyerParty {
  /** NIS code of the commune. */
  nis: string;
  name: string;
  address: PostalAddress;
  enterpriseNumber: string;
  vatNumber: string | null;
  /** Peppol participant id in scheme 0208. */
  peppolEndpoint: string;
  /** The reference the commune asks to find on its invoices (UBL BuyerReference, BT-10). */
  buyerReference: string;
  email: string | null;
}

export interface InvoiceDocumentLine {
  /** 1, 2, ... in the order shown. */
  position: number;
  description: string;
  /** Quantity in thousandths (1 day = 1000, half a day = 500). */
  quantityMilli: number;
  /** UN/ECE rec. 20 unit code: `C62` (one) or `DAY`. */
  unitCode: 'C62' | 'DAY';
  /** Price of one unit before the commune's share, excluding VAT. */
  unitPriceCents: number;
  /** The commune's share of the price in basis points (5000 = 50 %; 10000 = the whole price). */
  shareBp: number;
  /** quantity x unit price x share, rounded once, half away from zero (`lineNetCents` in the domain). */
  netCents: number;
  vatCategory: VatCategoryCode;
  /** 2100 for S (21 %), 0 for O. */
  vatRateBp: number;
}

/** The VAT breakdown: one entry per category and rate (EN 16931 BG-23). */
export interface VatBreakdown {
  vatCategory: VatCategoryCode;
  vatRateBp: number;
  taxableCents: number;
  vatCents: number;
  /** For O: the exemption reason printed and sent (BT-120), e.g. "Non soumis à la TVA". */
  exemptionReason: string | null;
}

export interface InvoiceDocument {
  id: string;
  kind: 'invoice' | 'credit_note';
  /** `CF-2026-0007` for an invoice, `NC-2026-0002` for a credit note. */
  number: string;
  issueDate: string;
  /** Invoices only (30 days after the issue date); null on a credit note. */
  dueDate: string | null;
  currency: 'EUR';
  seller: SellerParty;
  buyer: BuyerParty;
  lines: InvoiceDocumentLine[];
  vatBreakdown: VatBreakdown[];
  totals: { netCents: number; vatCents: number; grossCents: number; paidCents: number; payableCents: number };
  /** 12 digits of the Belgian structured communication (`123456789002`), shown `+++123/4567/89002+++`. */
  structuredCommunication: string;
  /** What the document is for, printed under the title (the campaign and the service). */
  subject: string;
  /** A credit note's invoice: its number and issue date (UBL BillingReference). */
  creditedInvoice: { number: string; issueDate: string } | null;
  /** Why a credit note was made; a free note on an invoice. */
  note: string | null;
  /** Campaign name, for the PDF and the CSV. */
  campaignName: string;
}
