import { weeklyLoad } from './weekly-load';

describe('weeklyLoad', () => {
  it.each([
    [0, 32, 0],
    [180, 32, 0.09],
    [960, 32, 0.5],
    [1920, 32, 1],
    [2400, 32, 1.25],
    [1, 40, 0],
    [15, 1, 0.25],
  ])('%i minutes of %i hours: %d', (minutes, hours, load) => {
    expect(weeklyLoad(minutes, hours)).toBe(load);
  });

  it('has no load without capacity', () => {
    expect(weeklyLoad(120, 0)).toBeNull();
  });
});
