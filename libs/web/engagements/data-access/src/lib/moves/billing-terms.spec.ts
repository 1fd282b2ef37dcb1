import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { billingTermsOf, CampaignBillingTerms, UNKNOWN_BILLING_TERMS } from './billing-terms';

const CAMPAIGN = 'a7e1c0de-0000-4000-8000-000000000001';
const campaign = { billingStage: 'workshop_held', prices: { diagnostic: { priceCents: 150_001, bepShareBp: 6000 } } };

describe('billingTermsOf', () => {
  it('bills the commune the diagnostic’s price less BEP’s share, rounded once half away from zero', () => {
    // 1 500,01 € × 40 % = 600,004 €: 600,00 €.
    expect(billingTermsOf({ billingStage: 'accompaniment', prices: { diagnostic: { priceCents: 150_001, bepShareBp: 6000 } } })).toEqual({
      billingStage: 'accompaniment',
      communeShareCents: 60_000,
    });
  });
});

describe('CampaignBillingTerms', () => {
  let terms: CampaignBillingTerms;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    terms = TestBed.inject(CampaignBillingTerms);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the campaign for each move, so that a manager’s change to the billing stage or the price counts at once', async () => {
    const first = terms.of(CAMPAIGN);
    http.expectOne(`/api/campaigns/${CAMPAIGN}`).flush(campaign);
    expect(await first).toEqual({ billingStage: 'workshop_held', communeShareCents: 60_000 });

    // The manager moves billing to Diagnostic demandé and raises the price to 2 000,00 € (40 %: 800,00 €).
    const after = terms.of(CAMPAIGN);
    http.expectOne(`/api/campaigns/${CAMPAIGN}`).flush({ billingStage: 'diagnostic_requested', prices: { diagnostic: { priceCents: 200_000, bepShareBp: 6000 } } });
    expect(await after).toEqual({ billingStage: 'diagnostic_requested', communeShareCents: 80_000 });
  });

  it('answers the default billing stage without an amount when the campaign cannot be read, and reads it again at the next move', async () => {
    const failed = terms.of(CAMPAIGN);
    http.expectOne(`/api/campaigns/${CAMPAIGN}`).flush({ type: 'about:blank', title: 'Erreur', status: 503 }, { status: 503, statusText: 'Unavailable' });
    expect(await failed).toBe(UNKNOWN_BILLING_TERMS);
    expect(UNKNOWN_BILLING_TERMS).toEqual({ billingStage: 'workshop_held', communeShareCents: null });

    const again = terms.of(CAMPAIGN);
    http.expectOne(`/api/campaigns/${CAMPAIGN}`).flush(campaign);
    expect((await again).communeShareCents).toBe(60_000);
  });
});
