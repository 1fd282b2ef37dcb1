import { z } from 'zod';
import { postalAddressFields } from './party-fields';

/** A party's address as answered; `countryCode` is ISO 3166-1 alpha-2 (`BE`), as the Peppol UBL needs it. */
export const postalAddressSchema = z.object({
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  countryCode: z.string(),
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;

/** Both parties are Belgian bodies: the country may be left out, and is `BE` if given. */
export const postalAddressRequestSchema = z.strictObject({
  ...postalAddressFields,
  countryCode: z.literal('BE', 'both parties are in Belgium: BE').default('BE'),
});
