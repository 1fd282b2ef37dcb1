import { BepPhonePipe, formatPhone } from './phone-format';

const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('formatPhone', () => {
  it.each([
    ['+3281717171', '081 71 71 71'],
    ['+3281626364', '081 62 63 64'],
    ['+3222802111', '02 280 21 11'],
    ['+32470123456', '0470 12 34 56'],
  ])('writes the Belgian %s the national way: %s', (e164, shown) => {
    expect(formatPhone(e164)).toBe(nbsp(shown));
  });

  it('writes a foreign number with its country code', () => {
    expect(formatPhone('+33142685300')).toBe(nbsp('+33 1 42 68 53 00'));
  });

  it('keeps the groups together on one line', () => {
    expect(formatPhone('+3281717171')).not.toContain(' ');
  });

  it('shows what it cannot read as stored', () => {
    expect(formatPhone('+32123')).toBe('+32123');
  });
});

describe('BepPhonePipe', () => {
  it('is empty without a number', () => {
    const pipe = new BepPhonePipe();
    expect(pipe.transform(null)).toBe('');
    expect(pipe.transform(undefined)).toBe('');
    expect(pipe.transform('+32470123456')).toBe(nbsp('0470 12 34 56'));
  });
});
