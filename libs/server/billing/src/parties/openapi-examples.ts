import type { CommuneBilling, SellerSettings, UpdateCommuneBillingRequest, UpdateSellerIdentityRequest } from '@bep/contracts';

/** The demo's values: they pass every check, so that the examples can be sent as they are. */
export const SELLER_REQUEST_EXAMPLE: UpdateSellerIdentityRequest = {
  name: 'BEP',
  address: { street: 'Avenue Sergent Vrithoff 2', postalCode: '5000', city: 'Namur' },
  enterpriseNumber: '0201.833.145',
  vatNumber: null,
  iban: 'BE58 0682 0384 1079',
  bic: 'GKCCBEBB',
  peppolEndpoint: '0208:0201833145',
  email: 'facturation@bep.demo',
  phone: '081 71 82 11',
};

export const SELLER_SETTINGS_EXAMPLE: SellerSettings = {
  identity: {
    name: 'BEP',
    address: { street: 'Avenue Sergent Vrithoff 2', postalCode: '5000', city: 'Namur', countryCode: 'BE' },
    enterpriseNumber: '0201833145',
    vatNumber: null,
    iban: 'BE58068203841079',
    bic: 'GKCCBEBB',
    peppolEndpoint: '0201833145',
    email: 'facturation@bep.demo',
    phone: '+3281718211',
  },
  updatedAt: '2026-03-17T09:00:00.000Z',
};

export const COMMUNE_BILLING_REQUEST_EXAMPLE: UpdateCommuneBillingRequest = {
  address: { street: 'Administration communale, Place communale 1', postalCode: '5030', city: 'Gembloux' },
  enterpriseNumber: '0209.214.251',
  peppolEndpoint: '0209214251',
  buyerReference: 'BEP-TN-92142',
  email: 'finances@gembloux.demo',
};

export const COMMUNE_BILLING_EXAMPLE: CommuneBilling = {
  nis: '92142',
  communeName: 'Gembloux',
  profile: {
    address: { street: 'Administration communale, Place communale 1', postalCode: '5030', city: 'Gembloux', countryCode: 'BE' },
    enterpriseNumber: '0209214251',
    vatNumber: null,
    peppolEndpoint: '0209214251',
    buyerReference: 'BEP-TN-92142',
    email: 'finances@gembloux.demo',
    updatedAt: '2026-03-17T09:00:00.000Z',
  },
};

export const INVALID_BILLING_DATA_EXAMPLE = {
  type: 'urn:bep:invalid-billing-data',
  title: 'Invalid billing data',
  detail: 'The request is invalid; see errors.',
  errors: [{ path: 'enterpriseNumber', message: 'not a valid enterprise number (BCE/KBO): 10 digits starting with 0 or 1, the last two being 97 minus the first eight modulo 97, e.g. 0202.239.951' }],
};
