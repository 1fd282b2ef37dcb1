import { isInsideSendingWindow, nextSendingInstant, type SendingWindow } from './sending-window';

const window: SendingWindow = {
  workingDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  from: '08:00',
  to: '18:00',
  timeZone: 'Europe/Brussels',
};
/** Easter Monday 2026 and Christmas 2026, as the server's holiday library answers them. */
const holidays = (day: string) => ['2026-04-06', '2026-12-25'].includes(day);

describe('the sending window', () => {
  it.each([
    ['inside, on a Tuesday morning (winter time)', '2026-03-17T09:00:00Z', '2026-03-17T09:00:00.000Z'],
    ['at 08:00 exactly', '2026-03-17T07:00:00Z', '2026-03-17T07:00:00.000Z'],
    ['before 08:00: the same morning', '2026-03-17T05:30:00Z', '2026-03-17T07:00:00.000Z'],
    ['at 18:00: the next morning', '2026-03-17T17:00:00Z', '2026-03-18T07:00:00.000Z'],
    ['on Friday evening: Monday morning', '2026-03-20T19:00:00Z', '2026-03-23T07:00:00.000Z'],
    ['on a Sunday: Monday morning', '2026-03-22T10:00:00Z', '2026-03-23T07:00:00.000Z'],
    ['on Easter Sunday: Tuesday, Easter Monday being a holiday (summer time)', '2026-04-05T10:00:00Z', '2026-04-07T06:00:00.000Z'],
    ['on Christmas Day, a Friday: the Monday after', '2026-12-25T09:00:00Z', '2026-12-28T07:00:00.000Z'],
    ['on the Saturday clocks go forward: Monday 08:00 summer time', '2026-03-28T12:00:00Z', '2026-03-30T06:00:00.000Z'],
  ])('a reminder due %s leaves at the right time', (_case, due, expected) => {
    expect(nextSendingInstant(new Date(due), window, holidays).toISOString()).toBe(expected);
  });

  it('says whether an instant is inside', () => {
    expect(isInsideSendingWindow(new Date('2026-03-17T16:59:00Z'), window, holidays)).toBe(true);
    expect(isInsideSendingWindow(new Date('2026-03-17T17:00:00Z'), window, holidays)).toBe(false);
    expect(isInsideSendingWindow(new Date('2026-04-06T09:00:00Z'), window, holidays)).toBe(false);
  });

  it("follows the campaign's own days, hours and zone", () => {
    const saturdays: SendingWindow = { workingDays: ['saturday'], from: '10:00', to: '12:00', timeZone: 'America/New_York' };
    // Tuesday 17 March 2026, 09:00 UTC is 05:00 in New York: the next Saturday, 10:00 there (EDT, UTC-4).
    expect(nextSendingInstant(new Date('2026-03-17T09:00:00Z'), saturdays, () => false).toISOString()).toBe('2026-03-21T14:00:00.000Z');
  });

  it('refuses a window without any day when nothing could ever leave', () => {
    expect(() => nextSendingInstant(new Date('2026-03-17T09:00:00Z'), { ...window, workingDays: ['monday'] }, () => true)).toThrow('no working day');
  });
});
