import { normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['+32 81 62 63 64', '+3281626364'],
    ['081 62 63 64', '+3281626364'],
    ['081/62.63.64', '+3281626364'],
    ['0032 81 62 63 64', '+3281626364'],
    ['  +32 (0)81 62 63 64 ', '+3281626364'],
    ['0470 12 34 56', '+32470123456'],
    ['+33 1 42 68 53 00', '+33142685300'],
  ])('reads %s as %s (Belgian unless a country code says otherwise)', (input, e164) => {
    expect(normalizePhone(input)).toBe(e164);
  });

  it.each([[''], ['   '], ['12'], ['081 62 63'], ['+32 81 62 63 646'], ['0000 00 00 00'], ['081 62 63 64 ext 12'], ['call me']])('refuses %p', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});
