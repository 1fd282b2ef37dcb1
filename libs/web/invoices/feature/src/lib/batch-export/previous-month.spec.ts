import { previousMonth } from './previous-month';

describe('previousMonth', () => {
  it.each([
    ['2026-04-15', '2026-03-01', '2026-03-31'],
    ['2026-01-01', '2025-12-01', '2025-12-31'],
    ['2024-03-31', '2024-02-01', '2024-02-29'],
    ['2026-03-01', '2026-02-01', '2026-02-28'],
    ['2026-05-20', '2026-04-01', '2026-04-30'],
  ])('before %s: %s to %s', (today, from, to) => {
    expect(previousMonth(today)).toEqual({ from, to });
  });
});
