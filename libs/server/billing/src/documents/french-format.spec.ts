import { scaledDecimal, sharedUnitPriceDecimal, unsharedUnitPriceDecimal } from './decimals';
import { frenchPercent, frenchQuantity, paymentTermsText } from './french-format';
import { sampleCreditNote, sampleDocument } from './sample-documents';

describe('French formatting of the documents', () => {
  it('writes quantities and shares the Belgian way', () => {
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
