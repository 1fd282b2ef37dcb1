import { FormControl, FormGroup } from '@angular/forms';
import { bicValidator, enterpriseNumberValidator, firstError, ibanValidator, peppolEndpointValidator, postalCodeValidator, vatNumberValidator } from './billing-party-validators';

describe('billing party validators', () => {
  it.each([
    [enterpriseNumberValidator, '0202.239.951', '0202.239.952', 'enterpriseNumber'],
    [peppolEndpointValidator, '0208:0202239951', '0208:123', 'peppolEndpoint'],
    [ibanValidator, 'BE71 0961 2345 6769', 'BE72 0961 2345 6769', 'iban'],
    [bicValidator, 'gkccbebb', 'GKCC', 'bic'],
    [postalCodeValidator, '5000', '500', 'postalCode'],
  ])('%p accepts a valid value and names its rule for an invalid one', (validator, valid, invalid, rule) => {
    expect(validator(new FormControl(valid))).toBeNull();
    expect(validator(new FormControl(invalid))).toEqual({ [rule]: true });
    expect(validator(new FormControl(''))).toBeNull();
  });

  it("wants the VAT number to be BE and the party's own enterprise number", () => {
    const form = new FormGroup({ enterpriseNumber: new FormControl('0202.239.951'), vatNumber: new FormControl('', vatNumberValidator) });
    for (const [value, errors] of [
      ['BE 0202.239.951', null],
      ['BE0201833145', { vatNumberMismatch: true }],
      ['BE0202239952', { vatNumber: true }],
    ] as const) {
      form.controls.vatNumber.setValue(value);
      expect(form.controls.vatNumber.errors).toEqual(errors);
    }
  });

  it('names the first rule broken', () => {
    expect(firstError(new FormControl('500', postalCodeValidator))).toBe('postalCode');
    expect(firstError(new FormControl('5000', postalCodeValidator))).toBeNull();
  });
});
