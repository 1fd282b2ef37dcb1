import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aProvinceMaturity, MATURITY_CAMPAIGN_ID } from '@bep/web/maturity/data-access/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { MaturityCard } from './maturity-card';

describe('MaturityCard', () => {
  let fixture: ComponentFixture<MaturityCard>;
  let http: HttpTestingController;

  function open(campaignId: string | null): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideI18nTesting({ dashboard: { fr, en } })] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MaturityCard);
    fixture.componentRef.setInput('campaignId', campaignId);
    // Not whenStable: the resource's pending call keeps the fixture unstable until answered.
    TestBed.tick();
  }

  afterEach(() => http.verify());

  const paragraphs = () => Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('p')).map((p) => p.textContent?.trim());

  it('shows the median overall index and the communes that answered, linked to the maturity page', async () => {
    open(null);
    http.expectOne('/api/maturity?limit=1').flush(aProvinceMaturity({ median: { overall: 61.5, dimensions: {} } }));
    await fixture.whenStable();

    expect(paragraphs()).toEqual(['Indice global médian\u00a0: 61,5 / 100', 'Communes qui ont répondu\u00a0: 3 sur 4']);
    expect((fixture.nativeElement as HTMLElement).querySelector('a')?.getAttribute('href')).toBe('/maturite');
  });

  it("reads the dashboard's campaign, and says when none answered yet", async () => {
    open(MATURITY_CAMPAIGN_ID);
    http.expectOne(`/api/maturity?campaignId=${MATURITY_CAMPAIGN_ID}&limit=1`).flush(aProvinceMaturity({ rows: [], communes: { engaged: 4, answered: 0 }, median: { overall: null, dimensions: {} } }));
    await fixture.whenStable();
    expect(paragraphs()).toEqual(['Pas encore de score', 'Communes qui ont répondu\u00a0: 0 sur 4']);
  });

  it('says when the scores cannot be read, in the card only', async () => {
    open(null);
    http.expectOne('/api/maturity?limit=1').flush({ status: 500 }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(paragraphs()).toEqual(['Les scores de maturité sont indisponibles pour le moment.']);
  });
});
