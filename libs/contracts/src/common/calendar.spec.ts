import { scheduledAtInputSchema } from '../activities/scheduled-at';
import { calendarDay, CALENDAR_SPAN_MESSAGE, instantWithOffset } from './calendar';

describe('the calendar span of dates and instants', () => {
  it.each([
    ['0001-01-01', true],
    ['2019-04-29', true],
    ['9999-12-31', true],
    ['0000-01-01', false],
    ['0000-12-31', false],
  ])('day %s: accepted = %p', (day, accepted) => {
    const result = calendarDay().safeParse(day);
    expect(result.success).toBe(accepted);
    if (!accepted) expect(result.error?.issues[0]?.message).toBe(CALENDAR_SPAN_MESSAGE);
  });

  it.each([
    ['2019-06-12T14:00:00+02:00', true],
    ['0001-01-01T00:00:00Z', true],
    ['9999-12-31T23:59:59.999Z', true],
    ['0000-01-01T00:00:00Z', false],
    // Written in year 1, but before it in UTC: the database would see year 0.
    ['0001-01-01T00:00:00+14:00', false],
    // Written in 9999, but in 10000 in UTC.
    ['9999-12-31T23:59:59-14:00', false],
  ])('instant %s: accepted = %p', (instant, accepted) => {
    expect(instantWithOffset().safeParse(instant).success).toBe(accepted);
  });

  it.each([
    ['2019-06-12T14:00', '2019-06-12T12:00:00.000Z'],
    ['2019-06-12T14:00:00+02:00', '2019-06-12T12:00:00.000Z'],
    ['0000-06-12T14:00:00Z', null],
    ['9999-12-31T23:00:00-14:00', null],
  ])('an activity scheduled at %s is %p', (input, expected) => {
    const result = scheduledAtInputSchema.safeParse(input);
    expect(result.success ? result.data : null).toBe(expected);
  });
});
