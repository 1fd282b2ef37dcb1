import { scaledDecimal, sharedUnitPriceDecimal, unsharedUnitPriceDecimal } from './decimals';
import { belgianDate, frenchEuros, frenchPercent, frenchQuantity, paymentTermsText } from './french-format';
import { sampleCreditNote, sampleDocument } from './sample-documents';

describe('French formatting of the documents', () => {
  it.each([
    [0, '0,00 EUR'],
    [5, '0,05 EUR'],
    [250_000, '2 500,00 EUR'],
    [123_456_789, '1 234 567,89 EUR'],
    [-100_000, '-1 000,00 EUR'],
  ])('writes %i cents as %s, with plain spaces the standard fonts can draw', (cents, expected) => {
    expect(frenchEuros(cents)).toBe(expected);
  });

  it('writes dates, quantities and shares the Belgian way', () => {
    expect(belgianDate('2026-03-02')).toBe('02/03/2026');
    expect(() => belgianDate('02/03/2026')).toThrow(RangeError);
    expect(frenchQuantity(2500)).toBe('2,5');
    expect(frenchQuantity(1000)).toBe('1');
    expect(frenchQuantity(125)).toBe('0,125');
    expect(frenchPercent(5000)).toBe('50 %');
    expect(frenchPercent(3333)).toBe('33,33 %');
    expect(frenchPercent(10_000)).toBe('100 %');
  });

  it('states the payment terms of an invoice, and that a credit note asks for no payment', () => {
    expect(paymentTermsText(sampleDocument())).toBe(
      'À payer avant le 01/04/2026 sur le compte BE71 0961 2345 6769 (BIC GKCCBEBB) avec la communication structurée +++202/6000/00701+++.',
    );
    expect(paymentTermsText(sampleCreditNote())).toContain('À déduire de la facture CF-2026-0007');
  });
});

describe('exact decimals of the e-invoice', () => {
  it('shifts the decimal point without floating point', () => {
    expect(scaledDecimal(123n, 2)).toBe('1.23');
    expect(scaledDecimal(5n, 3)).toBe('0.005');
    expect(scaledDecimal(-1500n, 3)).toBe('-1.5');
    expect(scaledDecimal(2000n, 3)).toBe('2');
    expect(scaledDecimal(2000n, 3, 2)).toBe('2.00');
  });

  it('splits a unit price into the commune share and the rest, exactly', () => {
    expect(sharedUnitPriceDecimal(65_000, 3333)).toBe('216.645');
    expect(unsharedUnitPriceDecimal(65_000, 3333)).toBe('433.355');
    expect(sharedUnitPriceDecimal(99_999, 1)).toBe('0.099999');
    expect(sharedUnitPriceDecimal(500_000, 5000)).toBe('2500.00');
  });
});
