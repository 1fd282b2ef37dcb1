import { FixedClock, ShiftedClock, SystemClock } from './clock';

describe('clocks', () => {
  it('a shifted clock starts at the given instant and advances with real time', () => {
    let real = 1_000_000;
    const clock = new ShiftedClock(new Date('2026-03-10T08:00:00Z'), () => real);
    expect(clock.now().toISOString()).toBe('2026-03-10T08:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2026-03-10T08:01:30.000Z');
  });

  it('a fixed clock moves only when set or advanced, and hands out copies', () => {
    const clock = new FixedClock('2026-03-10T08:00:00Z');
    clock.now().setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-03-10T08:00:00.000Z');
    clock.advance(3_600_000);
    expect(clock.now().toISOString()).toBe('2026-03-10T09:00:00.000Z');
    clock.set('2026-12-25T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-12-25T00:00:00.000Z');
  });

  it('the system clock reads the system time', () => {
    const before = Date.now();
    const read = new SystemClock().now().getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });
});
