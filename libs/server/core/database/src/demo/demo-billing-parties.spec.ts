import { updateCommuneBillingRequestSchema, updateSellerIdentityRequestSchema } from '@bep/contracts';
import { NAMUR_COMMUNES_TSV } from '../reference-data/namur-communes';
import { parseCommunesTsv } from '../reference-data/parse-communes-tsv';
import { DEMO_SELLER_IDENTITY, demoCommuneBilling } from './demo-billing-parties';

/** Every commune of the reference data, Namur included: a profile entered for it must pass too. */
const NAMUR_COMMUNES = parseCommunesTsv(NAMUR_COMMUNES_TSV);

describe('demo billing parties', () => {
  it("BEP's identity passes every check and is stored as the API would store it", () => {
    expect(updateSellerIdentityRequestSchema.parse(DEMO_SELLER_IDENTITY)).toEqual(DEMO_SELLER_IDENTITY);
  });

  it.each(NAMUR_COMMUNES.map((commune) => [commune.name, commune]))("%s's profile passes every check and is stored as the API would store it", (_name, commune) => {
    const profile = demoCommuneBilling(commune);
    expect(updateCommuneBillingRequestSchema.parse(profile)).toEqual(profile);
    expect(profile).toMatchObject({ peppolEndpoint: profile.enterpriseNumber, buyerReference: `BEP-TN-${commune.nis}`, address: { postalCode: commune.postalCode, city: commune.name } });
  });

  it('gives each commune its own enterprise number, none of them BEP’s', () => {
    const numbers = new Set(NAMUR_COMMUNES.map((commune) => demoCommuneBilling(commune).enterpriseNumber));
    expect(numbers.size).toBe(NAMUR_COMMUNES.length);
    expect(numbers.has(DEMO_SELLER_IDENTITY.enterpriseNumber)).toBe(false);
  });
});
