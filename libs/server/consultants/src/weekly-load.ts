/**
 * A consultant's load over a week: the minutes planned against their weekly capacity, as a share
 * rounded to two decimals (0.09 is 9 %; above 1 means overbooked). Null for a consultant with no
 * capacity, whose load has no meaning rather than being infinite.
 */
export function weeklyLoad(plannedMinutes: number, weeklyCapacityHours: number): number | null {
  const capacityMinutes = weeklyCapacityHours * 60;
  return capacityMinutes === 0 ? null : Math.round((plannedMinutes / capacityMinutes) * 100) / 100;
}
