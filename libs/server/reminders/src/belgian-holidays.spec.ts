import { belgianPublicHolidays } from './belgian-holidays';

describe('Belgian public holidays', () => {
  it.each([
    ['2026-01-01', true],
    ['2026-04-06', true], // Easter Monday
    ['2026-05-14', true], // Ascension
    ['2026-05-25', true], // Whit Monday
    ['2026-07-21', true],
    ['2026-11-11', true],
    ['2026-12-25', true],
    ['2027-03-29', true], // Easter Monday the next year: computed, not listed
    ['2026-12-06', false], // Saint-Nicolas is an observance, a working day
    ['2026-04-07', false],
  ])('%s is a public holiday: %s', (day, expected) => {
    expect(belgianPublicHolidays(day)).toBe(expected);
  });
});
