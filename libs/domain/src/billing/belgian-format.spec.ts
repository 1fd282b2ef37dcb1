import { belgianDate, frenchEuros } from './belgian-format';

describe('Belgian formats of amounts and days', () => {
  it.each([
    [0, '0,00 EUR'],
    [5, '0,05 EUR'],
    [250_000, '2 500,00 EUR'],
    [123_456_789, '1 234 567,89 EUR'],
    [-100_000, '-1 000,00 EUR'],
  ])('writes %i cents as %s, with plain spaces', (cents, expected) => {
    expect(frenchEuros(cents)).toBe(expected);
  });

  it('refuses what is not integer cents', () => {
    expect(() => frenchEuros(1.5)).toThrow(RangeError);
  });

  it('writes a calendar day dd/mm/yyyy', () => {
    expect(belgianDate('2026-03-02')).toBe('02/03/2026');
    expect(() => belgianDate('02/03/2026')).toThrow(RangeError);
  });
});
