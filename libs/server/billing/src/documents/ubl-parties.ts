import type { BuyerParty, PostalAddress, SellerParty } from './invoice-document';

/**
 * The two parties in Peppol BIS Billing 3.0 UBL. Both are identified by their Belgian enterprise
 * number, scheme 0208, as their Peppol address (EndpointID) and as their legal registration
 * (PartyLegalEntity/CompanyID): that is how Belgian public bodies are reached and recognised on
 * the Peppol network.
 */

/** The ISO 6523 scheme of the Belgian enterprise number (BCE/KBO). */
export const ENTERPRISE_NUMBER_SCHEME = '0208';

type Node = Record<string, unknown>;

function address(value: PostalAddress): Node {
  return {
    'cbc:StreetName': value.street,
    'cbc:CityName': value.city,
    'cbc:PostalZone': value.postalCode,
    'cac:Country': { 'cbc:IdentificationCode': value.countryCode },
  };
}

/** BT-31 / BT-48: only on a document whose VAT category allows it (never with O, EN 16931 BR-O-02). */
function taxScheme(vatNumber: string | null, withVatIdentifiers: boolean): Node {
  if (!vatNumber || !withVatIdentifiers) return {};
  return { 'cac:PartyTaxScheme': { 'cbc:CompanyID': vatNumber, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } } };
}

function contact(fields: { email: string | null; phone?: string | null }): Node {
  const details: Node = {};
  if (fields.phone) details['cbc:Telephone'] = fields.phone;
  if (fields.email) details['cbc:ElectronicMail'] = fields.email;
  // An empty Contact would break PEPPOL-EN16931-R008 (no empty elements).
  return Object.keys(details).length > 0 ? { 'cac:Contact': details } : {};
}

export function sellerParty(seller: SellerParty, withVatIdentifiers: boolean): Node {
  return {
    'cac:Party': {
      'cbc:EndpointID': { '@schemeID': ENTERPRISE_NUMBER_SCHEME, '#': seller.peppolEndpoint },
      'cac:PartyName': { 'cbc:Name': seller.name },
      'cac:PostalAddress': address(seller.address),
      ...taxScheme(seller.vatNumber, withVatIdentifiers),
      'cac:PartyLegalEntity': {
        'cbc:RegistrationName': seller.name,
        'cbc:CompanyID': { '@schemeID': ENTERPRISE_NUMBER_SCHEME, '#': seller.enterpriseNumber },
      },
      ...contact(seller),
    },
  };
}

export function buyerParty(buyer: BuyerParty, withVatIdentifiers: boolean): Node {
  return {
    'cac:Party': {
      'cbc:EndpointID': { '@schemeID': ENTERPRISE_NUMBER_SCHEME, '#': buyer.peppolEndpoint },
      'cac:PartyName': { 'cbc:Name': buyer.name },
      'cac:PostalAddress': address(buyer.address),
      ...taxScheme(buyer.vatNumber, withVatIdentifiers),
      'cac:PartyLegalEntity': {
        'cbc:RegistrationName': buyer.name,
        'cbc:CompanyID': { '@schemeID': ENTERPRISE_NUMBER_SCHEME, '#': buyer.enterpriseNumber },
      },
      ...contact(buyer),
    },
  };
}
