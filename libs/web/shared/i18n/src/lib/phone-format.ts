import { Pipe, PipeTransform } from '@angular/core';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Numbers are stored in E.164; these are written the national way, the others with their country code. */
const HOME_COUNTRY = 'BE';
/** Between the groups, so that a number never breaks across two lines. */
const NO_BREAK_SPACE = '\u00a0';

/**
 * A stored phone number (E.164, `+3281717171`) as people in Belgium write it: a Belgian number
 * grouped the national way (`081 71 71 71`, `0470 12 34 56`), a foreign one grouped the
 * international way (`+33 1 42 68 53 00`). The grouping is libphonenumber's; what it cannot read
 * is shown as stored rather than lost.
 */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed?.isValid()) {
    return e164;
  }
  const grouped = parsed.country === HOME_COUNTRY ? parsed.formatNational() : parsed.formatInternational();
  return grouped.replace(/ /g, NO_BREAK_SPACE);
}

/** `{{ contact.phone | bepPhone }}`: see formatPhone; empty for no number. */
@Pipe({ name: 'bepPhone' })
export class BepPhonePipe implements PipeTransform {
  transform(e164: string | null | undefined): string {
    return e164 ? formatPhone(e164) : '';
  }
}
