import type { InvoiceLine } from '@bep/contracts';
import { creditNoteLines, netWithinGross } from './credit-note-lines';

const LINE: InvoiceLine = { position: 1, description: 'Diagnostic', quantityMilli: 1000, unitCode: 'C62', unitPriceCents: 500_000, shareBp: 5000, netCents: 250_000, vatCategory: 'S', vatRateBp: 2100 };
const INVOICE = { number: 'CF-2026-0007', vatCategory: 'S' as const, netCents: 250_000, paidCents: 0, creditedCents: 0, outstandingCents: 302_500 };

describe('the net that fits in what is owed', () => {
  it.each([
    // [gross owed, rate, net]: net + VAT (rounded once) is the gross owed or one cent under it.
    [302_500, 2100, 250_000],
    [190_399, 2100, 157_354],
    [121, 2100, 100],
    [1, 2100, 1],
    [0, 2100, 0],
    [123_456, 0, 123_456],
  ])('%i cents owed at %i bp: %i net', (gross, rate, net) => {
    expect(netWithinGross(gross, rate)).toBe(net);
  });
});

describe('the lines of a credit note', () => {
  it('mirror the invoice when it credits all of an invoice nothing settled yet', () => {
    expect(creditNoteLines(INVOICE, [LINE])).toEqual([LINE]);
  });

  it('are one line of the amount asked, in the invoice category', () => {
    expect(creditNoteLines(INVOICE, [LINE], 10_001)).toEqual([
      { position: 1, description: 'Crédit de la facture CF-2026-0007', quantityMilli: 1000, unitCode: 'C62', unitPriceCents: 10_001, shareBp: 10_000, netCents: 10_001, vatCategory: 'S', vatRateBp: 2100 },
    ]);
  });

  it('are one line of what is still owed once something settled part of the invoice', () => {
    const [line] = creditNoteLines({ ...INVOICE, paidCents: 100_000, creditedCents: 12_101, outstandingCents: 190_399 }, [LINE]);
    expect(line).toMatchObject({ netCents: 157_354, vatRateBp: 2100 });
  });
});
