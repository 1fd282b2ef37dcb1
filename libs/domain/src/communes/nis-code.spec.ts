import { isNisCode } from './nis-code';

describe('isNisCode', () => {
  it.each([
    ['92094', true],
    ['91005', true],
    ['9209', false],
    ['920940', false],
    ['9209a', false],
    [' 92094', false],
  ])('%p -> %p', (value, expected) => {
    expect(isNisCode(value)).toBe(expected);
  });
});
