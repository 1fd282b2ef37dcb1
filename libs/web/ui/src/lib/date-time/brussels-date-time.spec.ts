import { formatBrusselsDateTime } from './brussels-date-time';
import { BrusselsDateTimePipe } from './brussels-date-time-pipe';

describe('Brussels date and time', () => {
  it('shows an instant in Belgian summer and winter time', () => {
    expect(formatBrusselsDateTime('2019-05-02T08:30:00Z')).toBe('02/05/2019 10:30:00');
    expect(formatBrusselsDateTime('2019-12-31T23:15:00Z')).toBe('01/01/2020 00:15:00');
    expect(formatBrusselsDateTime('pas une date')).toBe('');
  });

  it('is available as a pipe that tolerates a missing value', () => {
    const pipe = new BrusselsDateTimePipe();
    expect(pipe.transform('2019-06-01T12:00:00.000Z')).toBe('01/06/2019 14:00:00');
    expect(pipe.transform(null)).toBe('');
  });
});
