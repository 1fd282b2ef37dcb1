import { formatDate, formatDateTime, formatLongDate, formatMoney, formatNumber, formatPercent, formatWeekdayDate } from './belgian-format';

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

  it('never lets an amount, a number or a percentage break across two lines', () => {
    for (const figure of [formatMoney(250000), formatMoney(123456789), formatNumber(110939), formatPercent(0.5)]) {
      expect(figure).not.toMatch(/[ \t\n]/); // a plain space would let the line break there
    }
    expect(formatMoney(250000)).toBe('2\u202f500,00\u00a0€');
    expect(formatPercent(0.5)).toBe('50\u202f%');
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

  it('names the weekday of an agenda day, long or short, in the interface language', () => {
    expect(formatWeekdayDate('2026-03-24', 'fr')).toBe('mardi 24 mars 2026');
    expect(formatWeekdayDate('2026-03-24', 'fr', 'short')).toBe('mar. 24 mars');
    expect(formatWeekdayDate('2026-03-24', 'en')).toBe('Tuesday, 24 March 2026');
    expect(formatWeekdayDate('2026-03-24', 'en', 'short')).toBe('Tue, 24 Mar');
    expect(formatWeekdayDate('2026-03-24', 'fr', 'day')).toBe('mardi 24 mars');
    expect(formatWeekdayDate('2026-03-29', 'fr', 'day')).toBe('dimanche 29 mars');
    expect(formatWeekdayDate('2026-03-24', 'en', 'day')).toBe('Tuesday, 24 March');
    expect(formatWeekdayDate('2026-02-30', 'fr', 'day')).toBe('');
    // An instant is on its Brussels day: 23:30 UTC on Monday is already Tuesday in Brussels.
    expect(formatWeekdayDate('2026-03-23T23:30:00Z', 'fr', 'short')).toBe('mar. 24 mars');
    expect(formatWeekdayDate('not a date', 'fr')).toBe('');
  });
});
