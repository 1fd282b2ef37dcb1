import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { isValidBic, isValidIban, normalizeEnterpriseNumber } from '@bep/domain';

/**
 * The checks of an invoice party's identifiers, run as the user types with the rules the API
 * applies (libs/domain): a wrong check digit is explained on its field before any request. An
 * empty field passes (Validators.required says whether one is needed). Each error is named after
 * the rule, so that a form words it once: `{ enterpriseNumber: true }`...
 */
function check(rule: string, valid: (value: string) => boolean): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value?.trim() ?? '';
    return value === '' || valid(value) ? null : { [rule]: true };
  };
}

export const enterpriseNumberValidator = check('enterpriseNumber', (value) => normalizeEnterpriseNumber(value) !== null);

/** Scheme 0208: an enterprise number, the `0208:` prefix written or not. */
export const peppolEndpointValidator = check('peppolEndpoint', (value) => normalizeEnterpriseNumber(value.replace(/^0208:/, '')) !== null);

export const ibanValidator = check('iban', isValidIban);

export const bicValidator = check('bic', (value) => isValidBic(value));

export const postalCodeValidator = check('postalCode', (value) => /^[1-9]\d{3}$/.test(value));

/** A Belgian VAT number is BE + the enterprise number of the same party (the field named `enterpriseNumber` beside it). */
export const vatNumberValidator: ValidatorFn = (control) => {
  const value = (control.value as string | null)?.trim() ?? '';
  if (value === '') return null;
  const digits = normalizeEnterpriseNumber(value);
  if (digits === null) return { vatNumber: true };
  const own = normalizeEnterpriseNumber((control.parent?.get('enterpriseNumber')?.value as string | null) ?? '');
  return own !== null && own !== digits ? { vatNumberMismatch: true } : null;
};

/** The first rule a control breaks, for its one message (`required`, `enterpriseNumber`...); null when valid. */
export function firstError(control: AbstractControl): string | null {
  const errors = control.errors;
  return errors ? (Object.keys(errors)[0] ?? null) : null;
}
