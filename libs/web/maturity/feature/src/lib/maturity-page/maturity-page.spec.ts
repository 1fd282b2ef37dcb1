import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { CampaignSwitcher } from '@bep/web/campaigns/feature';
import { aCommuneList } from '@bep/web/dashboard/data-access/testing';
import { aProvinceMaturity, MATURITY_CAMPAIGN_ID } from '@bep/web/maturity/data-access/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { provideEchartsCore } from 'ngx-echarts';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { MaturityPage } from './maturity-page';

/** Stands in for the campaign switcher (its own spec tests it). */
@Component({ selector: 'bep-campaign-switcher', template: '' })
class FakeCampaignSwitcher {}

/** ECharts stand-in: jsdom has no canvas. It records the options the map is given. */
class FakeChart {
  readonly options: { series?: { name?: string; data?: unknown[] }[] }[] = [];
  setOption(option: FakeChart['options'][number]): void {
    this.options.push(option);
  }
  readonly on = jest.fn();
  readonly off = jest.fn();
  readonly isDisposed = () => false;
  readonly dispose = jest.fn();
  readonly resize = jest.fn();
  readonly showLoading = jest.fn();
  readonly hideLoading = jest.fn();
}

describe('MaturityPage', () => {
  let fixture: ComponentFixture<MaturityPage>;
  let http: HttpTestingController;
  let charts: FakeChart[];

  beforeAll(() => {
    // ngx-echarts watches its element's size; jsdom has no ResizeObserver.
    globalThis.ResizeObserver ??= class {
      readonly observe = jest.fn();
      readonly unobserve = jest.fn();
      readonly disconnect = jest.fn();
    } as unknown as typeof ResizeObserver;
  });

  async function open(url = '/maturite'): Promise<void> {
    charts = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'maturite', component: MaturityPage }]),
        provideI18nTesting({ maturity: { fr, en } }),
        provideEchartsCore({ echarts: { init: () => charts[charts.push(new FakeChart()) - 1] } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.overrideComponent(MaturityPage, { remove: { imports: [CampaignSwitcher] }, add: { imports: [FakeCampaignSwitcher] } });
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(MaturityPage);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  // Spaces and line breaks folded, no-break spaces kept (French typography is checked).
  const text = (selector: string) => element().querySelector(selector)?.textContent?.replace(/[ \n]+/g, ' ').trim();
  const headings = () => Array.from(element().querySelectorAll('h2')).map((heading) => heading.textContent?.trim());

  async function answer(maturity = aProvinceMaturity(), request: TestRequest = http.expectOne('/api/maturity?sort=name&order=asc&offset=0&limit=100')): Promise<void> {
    request.flush(maturity);
    http.expectOne('/api/communes?limit=1000').flush(aCommuneList());
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('shows the answered communes out of those engaged, the median index, the heat map, the map and what the communes cite', async () => {
    await open();
    await answer();

    expect(text('h1')).toBe('Maturité numérique');
    expect(text('.campaign')).toBe('Campagne «\u00a0Radioscopie numérique 2026\u00a0»');
    expect(Array.from(element().querySelectorAll('.figures > div')).map((group) => [group.querySelector('dt')?.textContent?.trim(), group.querySelector('dd')?.textContent?.trim()])).toEqual([
      ['Communes qui ont répondu', '3 sur 4'],
      ['Indice global médian de la province', '62'],
    ]);
    expect(headings()).toEqual([
      'Chiffres clés',
      'Scores par commune et par dimension',
      'Carte de la province par indice global',
      'Obstacles les plus cités',
      'Craintes les plus citées',
      'Thèmes où les communes ont déjà des projets',
    ]);
    expect(element().querySelectorAll('bep-maturity-heat-map tbody tr')).toHaveLength(3);
    expect(charts.at(-1)?.options.at(-1)?.series?.map((series) => series.name)).toEqual(['Indice global', 'Pas de score']);
  });

  it('offers the CSV and Excel exports of the campaign shown, and says the download started', async () => {
    await open(`/maturite?campagne=${MATURITY_CAMPAIGN_ID}`);
    await answer(aProvinceMaturity(), http.expectOne(`/api/maturity?campaignId=${MATURITY_CAMPAIGN_ID}&sort=name&order=asc&offset=0&limit=100`));
    const links = Array.from(element().querySelectorAll<HTMLAnchorElement>('.exports a[download]'));
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Exporter CSV', `/api/maturity/export.csv?campaignId=${MATURITY_CAMPAIGN_ID}`],
      ['Exporter Excel', `/api/maturity/export.xlsx?campaignId=${MATURITY_CAMPAIGN_ID}`],
    ]);
    const snackBar = jest.spyOn(TestBed.inject(MatSnackBar), 'open');
    links[1]?.dispatchEvent(new MouseEvent('click', { cancelable: true }));
    expect(snackBar).toHaveBeenCalledWith("Le téléchargement de l'export Excel a commencé.", undefined, { duration: 6000 });
  });

  it('says so when no commune has answered yet, the figures still shown', async () => {
    await open();
    await answer(aProvinceMaturity({ rows: [], communes: { engaged: 4, answered: 0 }, median: { overall: null, dimensions: {} } }));
    expect(text('.bep-empty-state')).toBe("Aucune commune n'a encore envoyé son questionnaire. Les scores s'afficheront ici dès le premier envoi.");
    expect(text('.figures')).toContain('0 sur 4');
    expect(text('.figures')).toContain('Pas encore de score');
    expect(element().querySelector('bep-maturity-heat-map')).toBeNull();
  });

  it('says a campaign without an online questionnaire has no scores, and offers no export', async () => {
    await open();
    await answer(aProvinceMaturity({ model: null, rows: [] }));
    expect(text('.bep-empty-state')).toBe("Cette campagne n'a pas de questionnaire en ligne\u00a0: il n'y a pas de score à montrer.");
    expect(element().querySelector('.exports')).toBeNull();
  });

  it('explains a failure and retries', async () => {
    await open();
    http.expectOne('/api/communes?limit=1000');
    http.expectOne('/api/maturity?sort=name&order=asc&offset=0&limit=100').flush({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only for manager, consultant.' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(text('[role="alert"] strong')).toBe('Impossible de charger la maturité numérique.');

    (element().querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await answer();
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });
});
