import { communeBillingSchema, updateCommuneBillingRequestSchema } from './commune-billing';
import { bicField, enterpriseNumberField, ibanField, peppolEndpointField, vatNumberField } from './party-fields';
import { updateSellerIdentityRequestSchema } from './seller-identity';

const bep = {
  name: 'BEP',
  address: { street: 'Avenue Sergent Vrithoff 2', postalCode: '5000', city: 'Namur' },
  enterpriseNumber: '0201.833.145',
  vatNumber: 'BE 0201.833.145',
  iban: 'be58 0682 0384 1079',
  bic: 'gkcc be bb',
  peppolEndpoint: '0208:0201833145',
  email: ' Facturation@BEP.be ',
  phone: '081 71 82 11',
};

const gembloux = {
  address: { street: 'Administration communale, Parc d’Épinal 2', postalCode: '5030', city: 'Gembloux' },
  enterpriseNumber: '0207.361.551',
  peppolEndpoint: '0207361551',
  buyerReference: ' BEP-TN-92142 ',
};

function failedPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('billing party fields', () => {
  it.each([
    ['0202.239.951', '0202239951'],
    ['BE0202239951', '0202239951'],
    ['be 0202 239 951', '0202239951'],
    ['202239951', '0202239951'],
  ])('reads the enterprise number %s as %s', (written, stored) => {
    expect(enterpriseNumberField.parse(written)).toBe(stored);
  });

  it.each([
    ['a wrong check', '0201.400.632'],
    ['a first digit other than 0 or 1', '2202239951'],
    ['too few digits', '02014006'],
    ['letters', '0201.4OO.631'],
    ['nothing', ''],
  ])('refuses an enterprise number with %s, saying what one is', (_case, written) => {
    const result = enterpriseNumberField.safeParse(written);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('not a valid enterprise number');
  });

  it('writes a VAT number as BE and ten digits, and refuses one whose number is invalid', () => {
    expect(vatNumberField.parse('BE 0202.239.951')).toBe('BE0202239951');
    expect(vatNumberField.parse('0202239951')).toBe('BE0202239951');
    expect(vatNumberField.safeParse('BE0202239952').success).toBe(false);
  });

  it('reads a Peppol endpoint with or without its 0208 scheme', () => {
    expect(peppolEndpointField.parse('0208:0202239951')).toBe('0202239951');
    expect(peppolEndpointField.parse('iso6523-actorid-upis::0208:0202239951')).toBe('0202239951');
    expect(peppolEndpointField.parse('0202.239.951')).toBe('0202239951');
    expect(peppolEndpointField.safeParse('9925:BE0202239951').success).toBe(false);
    expect(peppolEndpointField.safeParse('0208:0202239952').success).toBe(false);
  });

  it('keeps an IBAN in electronic format and refuses a wrong check digit or length', () => {
    expect(ibanField.parse('BE71 0961 2345 6769')).toBe('BE71096123456769');
    expect(ibanField.parse('be58-0682-0384-1079')).toBe('BE58068203841079');
    expect(ibanField.safeParse('BE72 0961 2345 6769').error?.issues[0]?.message).toContain('not a valid IBAN');
    expect(ibanField.safeParse('BE71 0961 2345 676').success).toBe(false);
  });

  it('writes a BIC in capitals and refuses what is not one', () => {
    expect(bicField.parse('gkcc be bb')).toBe('GKCCBEBB');
    expect(bicField.parse('GKCCBEBBXXX')).toBe('GKCCBEBBXXX');
    expect(bicField.safeParse('GKCC').success).toBe(false);
    expect(bicField.safeParse('1KCCBEBB').success).toBe(false);
  });
});

describe('seller identity requests', () => {
  it('normalises every value as invoices print it', () => {
    expect(updateSellerIdentityRequestSchema.parse(bep)).toEqual({
      name: 'BEP',
      address: { street: 'Avenue Sergent Vrithoff 2', postalCode: '5000', city: 'Namur', countryCode: 'BE' },
      enterpriseNumber: '0201833145',
      vatNumber: 'BE0201833145',
      iban: 'BE58068203841079',
      bic: 'GKCCBEBB',
      peppolEndpoint: '0201833145',
      email: 'facturation@bep.be',
      phone: '+3281718211',
    });
  });

  it('has no VAT number, e-mail or phone unless given', () => {
    const required = { ...bep, vatNumber: undefined, email: undefined, phone: undefined };
    expect(updateSellerIdentityRequestSchema.parse(required)).toMatchObject({ vatNumber: null, email: null, phone: null });
    expect(updateSellerIdentityRequestSchema.parse({ ...required, vatNumber: null })).toMatchObject({ vatNumber: null });
  });

  it.each([
    ['no name', { name: ' ' }, 'name'],
    ['a wrong enterprise number', { enterpriseNumber: '0201.833.146' }, 'enterpriseNumber'],
    ["another party's VAT number", { vatNumber: 'BE0202239951' }, 'vatNumber'],
    ['a wrong IBAN', { iban: 'BE59 0682 0384 1079' }, 'iban'],
    ['a wrong BIC', { bic: 'GKCC' }, 'bic'],
    ['a Peppol endpoint that is no enterprise number', { peppolEndpoint: '0208:123' }, 'peppolEndpoint'],
    ['a malformed e-mail', { email: 'facturation@' }, 'email'],
    ['a phone that is not one', { phone: '081 71' }, 'phone'],
    ['a postal code that is not Belgian', { address: { ...bep.address, postalCode: '75001' } }, 'address.postalCode'],
    ['a country other than Belgium', { address: { ...bep.address, countryCode: 'FR' } }, 'address.countryCode'],
    ['no street', { address: { postalCode: '5000', city: 'Namur' } }, 'address.street'],
    ['an unknown field', { website: 'https://www.bep.be' }, ''],
  ])('refuses %s, naming the field', (_case, change, path) => {
    expect(failedPaths(updateSellerIdentityRequestSchema.safeParse({ ...bep, ...change }))).toContain(path);
  });
});

describe('commune billing requests', () => {
  it('normalises the profile, with no VAT number or e-mail unless given', () => {
    expect(updateCommuneBillingRequestSchema.parse(gembloux)).toEqual({
      address: { ...gembloux.address, countryCode: 'BE' },
      enterpriseNumber: '0207361551',
      vatNumber: null,
      peppolEndpoint: '0207361551',
      buyerReference: 'BEP-TN-92142',
      email: null,
    });
    expect(updateCommuneBillingRequestSchema.parse({ ...gembloux, vatNumber: 'BE0207361551', email: 'Finances@Gembloux.be' })).toMatchObject({
      vatNumber: 'BE0207361551',
      email: 'finances@gembloux.be',
    });
  });

  it.each([
    ['a wrong enterprise number', { enterpriseNumber: '0207.361.552' }, 'enterpriseNumber'],
    ['a VAT number of another enterprise', { vatNumber: 'BE0202239951' }, 'vatNumber'],
    ['a Peppol endpoint that is no enterprise number', { peppolEndpoint: 'gembloux' }, 'peppolEndpoint'],
    ['no buyer reference', { buyerReference: '  ' }, 'buyerReference'],
    ['a buyer reference over 100 characters', { buyerReference: 'x'.repeat(101) }, 'buyerReference'],
    ['a postal code of three digits', { address: { ...gembloux.address, postalCode: '503' } }, 'address.postalCode'],
    ['a malformed e-mail', { email: 'finances@' }, 'email'],
    ['an unknown field', { nis: '92142' }, ''],
  ])('refuses %s, naming the field', (_case, change, path) => {
    expect(failedPaths(updateCommuneBillingRequestSchema.safeParse({ ...gembloux, ...change }))).toContain(path);
  });

  it('answers a commune without a profile yet with a null profile', () => {
    expect(communeBillingSchema.parse({ nis: '92142', communeName: 'Gembloux', profile: null }).profile).toBeNull();
  });
});
