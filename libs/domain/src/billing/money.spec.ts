import { centsToDecimal, invoiceTotals, lineNetCents, roundHalfAwayFromZero, VAT_RATE_BP } from './money';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [5, 2, 3],
    [-5, 2, -3],
    [4, 2, 2],
    [1, 3, 0],
    [2, 3, 1],
    [-1, 3, 0],
    [-2, 3, -1],
    [249_999, 100, 2500],
    [249_949, 100, 2499],
    [0, 7, 0],
    [7, 3, 2],
    [8, 3, 3],
    [-8, 3, -3],
    [14_999, 10_000, 1],
    [15_000, 10_000, 2],
  ])('%i / %i -> %i', (numerator, denominator, expected) => {
    expect(roundHalfAwayFromZero(numerator, denominator)).toBe(expected);
  });

  it.each([
    [1.5, 1],
    [1, 0],
    [1, -2],
    [Number.MAX_SAFE_INTEGER + 1, 3],
  ])('refuses %p / %p', (numerator, denominator) => {
    expect(() => roundHalfAwayFromZero(numerator, denominator)).toThrow(RangeError);
  });
});

describe('lineNetCents', () => {
  it.each([
    // the demo's diagnostic: 5 000,00 EUR, the commune's half
    [{ quantityMilli: 1000, unitPriceCents: 500_000, shareBp: 5000 }, 250_000],
    // 2.5 days at 800,00 EUR, all of it
    [{ quantityMilli: 2500, unitPriceCents: 80_000, shareBp: 10_000 }, 200_000],
    // a third of 1,00 EUR: 33.33 cents -> 33
    [{ quantityMilli: 1000, unitPriceCents: 100, shareBp: 3333 }, 33],
    // half a cent rounds away from zero, once
    [{ quantityMilli: 1000, unitPriceCents: 1, shareBp: 5000 }, 1],
    [{ quantityMilli: 500, unitPriceCents: 3, shareBp: 10_000 }, 2],
    [{ quantityMilli: 1000, unitPriceCents: 123_457, shareBp: 0 }, 0],
    // a negative quantity (a correction) rounds away from zero too
    [{ quantityMilli: -1000, unitPriceCents: 1, shareBp: 5000 }, -1],
  ])('%p -> %i cents', (line, expected) => {
    expect(lineNetCents(line)).toBe(expected);
  });

  it('rounds once per line: two 1/3 shares do not add up to one rounding of their sum', () => {
    const third = { quantityMilli: 1000, unitPriceCents: 100, shareBp: 3333 };
    expect(lineNetCents(third) + lineNetCents(third)).toBe(66);
    expect(lineNetCents({ ...third, quantityMilli: 2000 })).toBe(67);
  });
});

describe('invoiceTotals', () => {
  it.each([
    ['no lines', [], { netCents: 0, vatCents: 0, grossCents: 0, byCategory: [] }],
    [
      'category O: no VAT',
      [{ netCents: 250_000, vatCategory: 'O' as const, vatRateBp: VAT_RATE_BP.O }],
      { netCents: 250_000, vatCents: 0, grossCents: 250_000, byCategory: [{ vatCategory: 'O', vatRateBp: 0, taxableCents: 250_000, vatCents: 0 }] },
    ],
    [
      'category S: 21 % on the sum of the lines, rounded once',
      [
        { netCents: 1, vatCategory: 'S' as const, vatRateBp: 2100 },
        { netCents: 1, vatCategory: 'S' as const, vatRateBp: 2100 },
        { netCents: 1, vatCategory: 'S' as const, vatRateBp: 2100 },
      ],
      // 3 x round(0.21) would be 0; 21 % of 3 cents is 0.63 -> 1
      { netCents: 3, vatCents: 1, grossCents: 4, byCategory: [{ vatCategory: 'S', vatRateBp: 2100, taxableCents: 3, vatCents: 1 }] },
    ],
    [
      'both categories, each with its own subtotal',
      [
        { netCents: 250_000, vatCategory: 'O' as const, vatRateBp: 0 },
        { netCents: 100_050, vatCategory: 'S' as const, vatRateBp: 2100 },
      ],
      {
        netCents: 350_050,
        vatCents: 21_011,
        grossCents: 371_061,
        byCategory: [
          { vatCategory: 'O', vatRateBp: 0, taxableCents: 250_000, vatCents: 0 },
          { vatCategory: 'S', vatRateBp: 2100, taxableCents: 100_050, vatCents: 21_011 },
        ],
      },
    ],
  ])('%s', (_, lines, expected) => {
    expect(invoiceTotals(lines)).toEqual(expected);
  });
});

describe('centsToDecimal', () => {
  it.each([
    [250_000, '2500.00'],
    [5, '0.05'],
    [0, '0.00'],
    [-1234, '-12.34'],
    [99_999_999_999, '999999999.99'],
  ])('%i -> %s', (cents, expected) => {
    expect(centsToDecimal(cents)).toBe(expected);
  });

  it('refuses what is not integer cents', () => {
    expect(() => centsToDecimal(1.5)).toThrow(RangeError);
  });
});
