import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Numbers written without a country code are Belgian (e.g. `081 62 63 64`). */
export const DEFAULT_PHONE_REGION = 'BE';

/**
 * The number in E.164 (`+3281626364`), or null when it is not a valid phone number. Numbers
 * without a country code are read as Belgian; `+32` and `0032` prefixes are both understood.
 * Letters are refused (no vanity numbers, no extensions: E.164 has no place for them).
 */
export function normalizePhone(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || /[a-z]/i.test(trimmed)) {
    return null;
  }
  const parsed = parsePhoneNumberFromString(trimmed, { defaultCountry: DEFAULT_PHONE_REGION });
  return parsed?.isValid() ? parsed.number : null;
}
