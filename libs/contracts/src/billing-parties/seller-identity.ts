import { z } from 'zod';
import { text } from '../common/text';
import { postalAddressRequestSchema, postalAddressSchema } from './postal-address';
import {
  bicField,
  emailField,
  enterpriseNumberField,
  ibanField,
  optionalField,
  peppolEndpointField,
  phoneField,
  VAT_NUMBER_MISMATCH,
  vatNumberField,
  vatNumberMatches,
} from './party-fields';

/** BEP as it appears on every invoice it issues (the seller of EN 16931). */
export const sellerIdentitySchema = z.object({
  name: z.string(),
  address: postalAddressSchema,
  /** 10 digits (`0202239951`). */
  enterpriseNumber: z.string(),
  /** `BE` + the enterprise number, or null when BEP invoices without one (VAT category O only). */
  vatNumber: z.string().nullable(),
  /** Electronic format (`BE71096123456769`). */
  iban: z.string(),
  bic: z.string(),
  /** Peppol participant id in scheme 0208: an enterprise number, 10 digits. */
  peppolEndpoint: z.string(),
  email: z.string().nullable(),
  /** E.164. */
  phone: z.string().nullable(),
});
export type SellerIdentity = z.infer<typeof sellerIdentitySchema>;

/** `GET /api/settings/seller`: null until someone enters it; nothing can be issued before. */
export const sellerSettingsSchema = z.object({
  identity: sellerIdentitySchema.nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type SellerSettings = z.infer<typeof sellerSettingsSchema>;

/**
 * `PUT /api/settings/seller`: the whole identity at once. Values are normalised as printed on
 * invoices (10-digit enterprise number, electronic IBAN, BIC in capitals, phone in E.164).
 */
export const updateSellerIdentityRequestSchema = z
  .strictObject({
    name: text().trim().min(1, 'required').max(200).meta({ example: 'BEP' }),
    address: postalAddressRequestSchema,
    enterpriseNumber: enterpriseNumberField,
    vatNumber: optionalField(vatNumberField),
    iban: ibanField,
    bic: bicField,
    peppolEndpoint: peppolEndpointField,
    email: optionalField(emailField),
    phone: optionalField(phoneField),
  })
  .refine(vatNumberMatches, { message: VAT_NUMBER_MISMATCH, path: ['vatNumber'] });
export type UpdateSellerIdentityRequest = z.input<typeof updateSellerIdentityRequestSchema>;
