/**
 * A calendar day `YYYY-MM-DD` (what the API takes for a due date, a payment date, a period) and the
 * Date a date picker holds: the picker's Date is midnight of that day on the browser's clock, so
 * the day is read from its local fields. Never through `toISOString()`: UTC midnight is still the
 * previous day in Brussels.
 */
export function toCalendarDay(date: Date | null | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** The picker's Date for a calendar day `YYYY-MM-DD`; null when it is no real day (2026-02-30). */
export function fromCalendarDay(day: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const value = new Date(year, month, date);
  return value.getFullYear() === year && value.getMonth() === month && value.getDate() === date ? value : null;
}
