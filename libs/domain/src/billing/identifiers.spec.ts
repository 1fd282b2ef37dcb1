import { enterpriseNumberCheck, formatEnterpriseNumber, normalizeEnterpriseNumber } from './enterprise-number';
import { formatIban, isValidBic, isValidIban, normalizeBic, normalizeIban } from './iban';
import { formatStructuredCommunication, structuredCommunication, structuredCommunicationFor } from './structured-communication';

describe('structured communication', () => {
  it.each([
    ['1234567890', '123456789002'], // 1234567890 mod 97 = 2
    ['0000000097', '000000009797'], // remainder 0 -> 97
    ['0000000000', '000000000097'],
    ['2026000007', `2026000007${String(2026000007 % 97).padStart(2, '0')}`],
  ])('%s -> %s', (base, expected) => {
    expect(structuredCommunication(base)).toBe(expected);
  });

  it.each(['123456789', '12345678901', '12345abcde'])('refuses the base %p', (base) => {
    expect(() => structuredCommunication(base)).toThrow(RangeError);
  });

  it('numbers invoices and credit notes apart: year, series digit, sequence', () => {
    expect(structuredCommunicationFor(2026, 7).slice(0, 10)).toBe('2026000007');
    expect(structuredCommunicationFor(2026, 7, 'NC').slice(0, 10)).toBe('2026900007');
    expect(() => structuredCommunicationFor(2026, 0)).toThrow(RangeError);
    expect(() => structuredCommunicationFor(2026, 100_000)).toThrow(RangeError);
  });


  it('writes it the Belgian way', () => {
    expect(formatStructuredCommunication('123456789002')).toBe('+++123/4567/89002+++');
    expect(() => formatStructuredCommunication('12345')).toThrow(RangeError);
  });
});

describe('enterprise number (BCE/KBO)', () => {
  it.each([
    ['0202.239.951', '0202239951'],
    ['BE0202239951', '0202239951'],
    ['be 0202 239 951', '0202239951'],
    ['202239951', '0202239951'], // the old 9-digit form
    ['0201.400.632', null], // wrong check
    ['2202239951', null], // starts with 2
    ['02014006', null],
    ['', null],
  ])('%p -> %p', (value, expected) => {
    expect(normalizeEnterpriseNumber(value)).toBe(expected);
  });

  it('computes the check of 8 digits: 97 - (n mod 97)', () => {
    expect(enterpriseNumberCheck('02022399')).toBe('51');
    expect(normalizeEnterpriseNumber(`12345678${enterpriseNumberCheck('12345678')}`)).toBe(`12345678${enterpriseNumberCheck('12345678')}`);
    expect(() => enterpriseNumberCheck('22345678')).toThrow(RangeError);
  });

  it('prints it with dots', () => {
    expect(formatEnterpriseNumber('0202239951')).toBe('0202.239.951');
  });
});

describe('IBAN and BIC', () => {
  it.each([
    ['BE71 0961 2345 6769', 'BE71096123456769'],
    ['be71096123456769', 'BE71096123456769'],
    ['BE68 5390 0754 7034', 'BE68539007547034'],
    ['BE71 0961 2345 6768', null],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['not an iban', null],
  ])('%p -> %p', (value, expected) => {
    expect(normalizeIban(value)).toBe(expected);
    expect(isValidIban(value)).toBe(expected !== null);
  });

  it('prints an IBAN in groups of four', () => {
    expect(formatIban('BE71096123456769')).toBe('BE71 0961 2345 6769');
  });

  it.each([
    ['GKCCBEBB', 'GKCCBEBB'],
    ['gkcc be bb', 'GKCCBEBB'],
    ['GEBABEBB36A', 'GEBABEBB36A'],
    ['GKCC', null],
    ['GKCCBEB!', null],
  ])('BIC %p -> %p', (value, expected) => {
    expect(normalizeBic(value)).toBe(expected);
    expect(isValidBic(value)).toBe(expected !== null);
  });
});
