import { formatScaled, parseBasisPoints, parseCents, parseMilli } from './decimal-input';

describe('amounts as finance types them', () => {
  it.each([
    ['2 500,00', 250_000],
    ['2500.5', 250_050],
    ['2\u202f500', 250_000],
    ['0,01', 1],
    ['12,345', null],
    ['-5', null],
    ['', null],
    ['abc', null],
  ])('reads "%s" as %p cents', (text, cents) => expect(parseCents(text)).toBe(cents));

  it('reads quantities in thousandths and shares in basis points', () => {
    expect(parseMilli('2,5')).toBe(2500);
    expect(parseMilli('1')).toBe(1000);
    expect(parseBasisPoints('50')).toBe(5000);
    expect(parseBasisPoints('100')).toBe(10_000);
    expect(parseBasisPoints('100,5')).toBeNull();
  });

  it('writes them back for the fields', () => {
    expect(formatScaled(250_000, 2)).toBe('2500,00');
    expect(formatScaled(2500, 3)).toBe('2,5');
    expect(formatScaled(5000, 2, false)).toBe('50');
    expect(formatScaled(1000, 3)).toBe('1');
  });
});
