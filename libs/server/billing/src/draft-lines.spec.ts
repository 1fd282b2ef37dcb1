import { draftLinesFor, priceLines, totalsOf, DIAGNOSTIC_LINE_DESCRIPTION } from './draft-lines';
import type { BillingTerms } from './billing-terms';

const TERMS: BillingTerms = {
  engagementId: 'e',
  campaignId: 'c',
  campaignName: 'Radioscopie numérique 2026',
  communeNis: '92142',
  communeName: 'Gembloux',
  billingStage: 'workshop_held',
  diagnosticPriceCents: 500_000,
  diagnosticBepShareBp: 5000,
  accompanimentDayRateCents: 90_000,
  accompanimentBepShareBp: 2500,
  vatCategory: 'O',
};

describe('pricing a draft', () => {
  it("bills the commune's share of the diagnostic when no lines are given", () => {
    const lines = priceLines(draftLinesFor('diagnostic', undefined), 'diagnostic', TERMS, 'O');
    expect(lines).toEqual([
      { position: 1, description: DIAGNOSTIC_LINE_DESCRIPTION, quantityMilli: 1000, unitCode: 'C62', unitPriceCents: 500_000, shareBp: 5000, netCents: 250_000, vatCategory: 'O', vatRateBp: 0 },
    ]);
  });

  it("bills accompaniment days at the day rate and the commune's share, and anything else at the whole price it names", () => {
    expect(priceLines([{ description: 'Jours', quantityMilli: 1500 }], 'accompaniment', TERMS, 'S')[0]).toMatchObject({ unitCode: 'DAY', unitPriceCents: 90_000, shareBp: 7500, netCents: 101_250, vatRateBp: 2100 });
    expect(priceLines([{ description: 'Frais', quantityMilli: 1000, unitPriceCents: 1_001 }], 'other', TERMS, 'O')[0]).toMatchObject({ unitCode: 'C62', shareBp: 10_000, netCents: 1_001 });
    // A line says otherwise where it needs to: half a day at a given price, rounded once half away from zero.
    expect(priceLines([{ description: 'Demi-jour', quantityMilli: 500, unitPriceCents: 333, shareBp: 5000, unitCode: 'DAY' }], 'other', TERMS, 'O')[0]?.netCents).toBe(83);
  });

  it('refuses what it cannot price: no lines for accompaniment, no price for another service, amounts past 32 bits', () => {
    expect(() => draftLinesFor('accompaniment', undefined)).toThrow(expect.objectContaining({ status: 422 }));
    expect(() => priceLines([{ description: 'Frais', quantityMilli: 1000 }], 'other', TERMS, 'O')).toThrow(expect.objectContaining({ status: 422 }));
    expect(() => priceLines([{ description: 'Trop', quantityMilli: 1_000_000, unitPriceCents: 2_147_483_647 }], 'other', TERMS, 'O')).toThrow(expect.objectContaining({ status: 422 }));
    const nearMax = priceLines(
      [
        { description: 'Presque', quantityMilli: 1000, unitPriceCents: 900_000_000 },
        { description: 'Presque', quantityMilli: 1000, unitPriceCents: 900_000_000 },
      ],
      'other',
      TERMS,
      'S',
    );
    expect(() => totalsOf(nearMax)).toThrow(expect.objectContaining({ status: 422 }));
  });
});
