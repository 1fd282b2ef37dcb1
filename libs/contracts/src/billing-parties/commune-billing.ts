import { z } from 'zod';
import { text } from '../common/text';
import { postalAddressRequestSchema, postalAddressSchema } from './postal-address';
import { emailField, enterpriseNumberField, optionalField, peppolEndpointField, VAT_NUMBER_MISMATCH, vatNumberField, vatNumberMatches } from './party-fields';

/** What a commune's invoices carry about it as the buyer, beyond its name. */
export const communeBillingProfileSchema = z.object({
  /** The administration's address for invoices ("Administration communale, ..."). */
  address: postalAddressSchema,
  /** 10 digits. */
  enterpriseNumber: z.string(),
  /** `BE` + the enterprise number, or null. */
  vatNumber: z.string().nullable(),
  /** Peppol participant id in scheme 0208 (an enterprise number, 10 digits): where the UBL goes. */
  peppolEndpoint: z.string(),
  /** The reference the commune asks to find on its invoices (its order or commitment reference). */
  buyerReference: z.string(),
  /** Where a copy of the invoice is mailed, if the commune asks for one. */
  email: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type CommuneBillingProfile = z.infer<typeof communeBillingProfileSchema>;

/** `GET /api/communes/{nis}/billing`: the profile is null until finance enters it. */
export const communeBillingSchema = z.object({
  nis: z.string(),
  communeName: z.string(),
  profile: communeBillingProfileSchema.nullable(),
});
export type CommuneBilling = z.infer<typeof communeBillingSchema>;

/** `PUT /api/communes/{nis}/billing`: the whole profile at once, normalised as invoices print it. */
export const updateCommuneBillingRequestSchema = z
  .strictObject({
    address: postalAddressRequestSchema,
    enterpriseNumber: enterpriseNumberField,
    vatNumber: optionalField(vatNumberField),
    peppolEndpoint: peppolEndpointField,
    buyerReference: text().trim().min(1, 'required: the reference the commune asks for on its invoices').max(100).meta({ example: 'BEP-TN-92142' }),
    email: optionalField(emailField),
  })
  .refine(vatNumberMatches, { message: VAT_NUMBER_MISMATCH, path: ['vatNumber'] });
export type UpdateCommuneBillingRequest = z.input<typeof updateCommuneBillingRequestSchema>;
export type CommuneBillingValues = z.output<typeof updateCommuneBillingRequestSchema>;
