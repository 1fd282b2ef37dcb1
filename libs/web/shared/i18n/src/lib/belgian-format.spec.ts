import { formatDate, formatDateTime, formatLongDate, formatMoney, formatNumber, formatPercent } from './belgian-format';

// Intl separates thousands with a narrow no-break space in fr-BE; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('Belgian formats', () => {
  it('writes numbers, amounts and percentages the Belgian way', () => {
    expect(plain(formatNumber(110939))).toBe('110 939');
    expect(formatNumber(2.25, 1)).toBe('2,3');
    expect(plain(formatMoney(500000))).toBe('5 000,00 €');
    expect(plain(formatMoney(-1))).toBe('-0,01 €');
    expect(plain(formatPercent(5 / 37))).toBe('13,5 %');
  });

  it('writes dates and times in Brussels time, whatever the browser says', () => {
    expect(formatDate('2019-12-31T23:15:00Z')).toBe('01/01/2020');
    expect(formatDateTime('2019-05-02T08:30:00Z')).toBe('02/05/2019 10:30');
    expect(formatDateTime('2019-01-15T13:00:00Z')).toBe('15/01/2019 14:00');
    expect(formatDateTime('2019-12-31T23:15:00Z', 'seconds')).toBe('01/01/2020 00:15:00');
    expect(formatDate('not a date')).toBe('');
  });

  it('keeps a calendar date on its day', () => {
    expect(formatDate('2019-12-31')).toBe('31/12/2019');
  });

  it('names the month in the interface language', () => {
    expect(formatLongDate('2019-05-02', 'fr')).toBe('2 mai 2019');
    expect(formatLongDate('2019-05-02T08:30:00Z', 'en')).toBe('2 May 2019');
  });
});
