import { formatWeekdayDate } from './weekday-date';

describe('formatWeekdayDate', () => {
  it.each([
    ['2026-03-24', 'fr', 'mardi 24 mars'],
    ['2026-03-29', 'fr', 'dimanche 29 mars'],
    ['2026-03-24', 'en', 'Tuesday, 24 March'],
    ['2026-02-30', 'fr', ''],
  ] as const)('names %s in %s: %s', (day, language, expected) => {
    expect(formatWeekdayDate(day, language)).toBe(expected);
  });
});
