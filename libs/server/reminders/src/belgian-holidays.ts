import Holidays from 'date-holidays';
import type { PublicHolidays } from '@bep/domain';

const belgium = new Holidays('BE');
const byYear = new Map<number, Set<string>>();

/**
 * Belgium's public holidays (the ten legal ones: New Year, Easter Monday, 1 May, Ascension, Whit
 * Monday, 21 July, 15 August, 1 and 11 November, Christmas), from the date-holidays library rather
 * than a table that someone must update each year. Observances (Saint-Nicolas...) are working days.
 */
export const belgianPublicHolidays: PublicHolidays = (day) => {
  const year = Number(day.slice(0, 4));
  let days = byYear.get(year);
  if (!days) {
    days = new Set(belgium.getHolidays(year).filter((holiday) => holiday.type === 'public').map((holiday) => holiday.date.slice(0, 10)));
    byYear.set(year, days);
  }
  return days.has(day);
};
