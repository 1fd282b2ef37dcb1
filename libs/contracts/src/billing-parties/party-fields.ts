import { normalizeBic, normalizeEnterpriseNumber, normalizeIban } from '@bep/domain';
import { z } from 'zod';
import { text } from '../common/text';
import { normalizePhone } from '../contacts/phone';

/**
 * The fields both parties of an invoice share. Each accepts the usual ways of writing a value
 * (dots, spaces, lower case) and yields the one form that invoices, the Peppol UBL and the
 * accounting export print, so that nothing downstream has to normalise again.
 */

/** A text field whose value `normalize` turns into its stored form, or refuses (null) with `message`. */
function normalized(normalize: (value: string) => string | null, message: string, maxLength = 60) {
  return text()
    .max(maxLength)
    .transform((value, ctx) => {
      const result = normalize(value);
      if (result === null) {
        ctx.addIssue({ code: 'custom', message, input: value });
        return z.NEVER;
      }
      return result;
    });
}

/** An optional field of a party: left out or null means none, and is answered as null. */
export function optionalField<T extends z.ZodType<string>>(field: T) {
  return field.nullish().transform((value) => value ?? null);
}

/** `0202.239.951` or `BE 0202 239 951` -> `0202239951`. */
export const enterpriseNumberField = normalized(
  normalizeEnterpriseNumber,
  'not a valid enterprise number (BCE/KBO): 10 digits starting with 0 or 1, the last two being 97 minus the first eight modulo 97, e.g. 0202.239.951',
).meta({ description: 'BCE/KBO enterprise number; stored and answered as 10 digits', example: '0202.239.951' });

/** The scheme of the Belgian enterprise number in Peppol participant ids (`0208:0202239951`). */
export const PEPPOL_ENTERPRISE_SCHEME = '0208';

/** A Peppol participant id of scheme 0208 is an enterprise number; the `0208:` prefix may be written or not. */
export const peppolEndpointField = normalized(
  (value) => normalizeEnterpriseNumber(value.trim().replace(new RegExp(`^(iso6523-actorid-upis::)?${PEPPOL_ENTERPRISE_SCHEME}:`, 'i'), '')),
  'not a valid Peppol endpoint: in scheme 0208 it is an enterprise number (e.g. 0202239951 or 0208:0202239951)',
).meta({ description: 'Peppol participant id in scheme 0208 (an enterprise number); answered as 10 digits', example: '0208:0202239951' });

/**
 * A Belgian VAT number is `BE` followed by the enterprise number; written with or without the
 * prefix and separators. That it is the party's own enterprise number is checked by the party.
 */
export const vatNumberField = normalized((value) => {
  const digits = normalizeEnterpriseNumber(value);
  return digits === null ? null : `BE${digits}`;
}, 'not a valid Belgian VAT number: BE followed by a valid enterprise number, e.g. BE0202239951').meta({
  description: 'Belgian VAT number; answered as `BE` + 10 digits',
  example: 'BE 0202.239.951',
});

export const ibanField = normalized(normalizeIban, 'not a valid IBAN (country, check digits and account), e.g. BE71 0961 2345 6769').meta({
  description: 'Answered in electronic format, without spaces',
  example: 'BE71 0961 2345 6769',
});

export const bicField = normalized(normalizeBic, 'not a valid BIC: 8 or 11 letters and digits, e.g. GKCCBEBB', 20).meta({ description: 'Answered in capitals', example: 'GKCCBEBB' });

/** Trimmed and lower-cased; invoices are sent to it. */
export const emailField = text().trim().toLowerCase().max(320).check(z.email('not a valid e-mail address')).meta({ example: 'facturation@bep.be' });

/** Any usual way of writing it; answered in E.164. */
export const phoneField = normalized(normalizePhone, 'not a valid phone number (e.g. +32 81 71 82 11 or 081 71 82 11)', 40).meta({ example: '081 71 82 11' });

/** Belgian postal codes: four digits, 1000 to 9999. */
export const postalCodeField = text().trim().regex(/^[1-9]\d{3}$/, 'a Belgian postal code is four digits, e.g. 5000').meta({ example: '5000' });

const street = text().trim().min(1, 'required').max(200).meta({ example: 'Avenue Sergent Vrithoff 2' });
const city = text().trim().min(1, 'required').max(100).meta({ example: 'Namur' });

/** Where the invoices come from or go to; both parties are in Belgium. */
export const postalAddressFields = { street, postalCode: postalCodeField, city };

/** A party's own VAT number carries its enterprise number; anything else is a typing slip. */
export function vatNumberMatches(party: { enterpriseNumber: string; vatNumber?: string | null }): boolean {
  return !party.vatNumber || party.vatNumber === `BE${party.enterpriseNumber}`;
}

export const VAT_NUMBER_MISMATCH = 'the VAT number must be BE followed by the enterprise number';
