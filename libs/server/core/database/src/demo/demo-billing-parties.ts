import { enterpriseNumberCheck } from '@bep/domain';
import type { CommuneBillingValues, SellerIdentity } from '@bep/contracts';
import type { EntityManager } from 'typeorm';
import { AppSettingEntity, CommuneBillingProfileEntity, SELLER_IDENTITY_SETTING, type CommuneEntity } from '../entities';

/**
 * The parties of the demo's invoices, so that finance can issue from the first start. The
 * numbers are made up but pass every check (enterprise numbers and IBAN by their mod-97 rules),
 * like values typed from the registers would.
 */

/** BEP as the seller; stored under the app_setting key the billing capability reads. */
export const DEMO_SELLER_IDENTITY: SellerIdentity = {
  name: 'BEP',
  address: { street: 'Avenue Sergent Vrithoff 2', postalCode: '5000', city: 'Namur', countryCode: 'BE' },
  enterpriseNumber: '0201833145',
  // BEP's services to the communes are outside the scope of VAT (category O): no VAT number is printed.
  vatNumber: null,
  // Bank 068 (Belfius, GKCCBEBB), account 2038410, national check 79; IBAN check 58.
  iban: 'BE58068203841079',
  bic: 'GKCCBEBB',
  peppolEndpoint: '0201833145',
  email: 'facturation@bep.demo',
  phone: '+3281718211',
};

/**
 * A commune's demo billing profile. Its enterprise number is `020` + its NIS code + the check,
 * which is unique per commune and in the range of the public bodies' numbers (0207 to 0216).
 */
export function demoCommuneBilling(commune: Pick<CommuneEntity, 'nis' | 'name' | 'postalCode'>): CommuneBillingValues {
  const firstEight = `020${commune.nis}`;
  const enterpriseNumber = `${firstEight}${enterpriseNumberCheck(firstEight)}`;
  return {
    address: { street: 'Administration communale, Place communale 1', postalCode: commune.postalCode, city: commune.name, countryCode: 'BE' },
    enterpriseNumber,
    vatNumber: null,
    peppolEndpoint: enterpriseNumber,
    buyerReference: `BEP-TN-${commune.nis}`,
    email: null,
  };
}

/** The seller identity and a billing profile for each commune of the programme, dated by `today`. */
export async function insertDemoBillingParties(manager: EntityManager, communes: CommuneEntity[], today: Date): Promise<void> {
  await manager.insert(AppSettingEntity, { key: SELLER_IDENTITY_SETTING, value: DEMO_SELLER_IDENTITY, updatedAt: today });
  await manager.insert(
    CommuneBillingProfileEntity,
    communes.map((commune) => {
      const { address, ...profile } = demoCommuneBilling(commune);
      return { nis: commune.nis, street: address.street, postalCode: address.postalCode, city: address.city, ...profile, updatedAt: today };
    }),
  );
}
