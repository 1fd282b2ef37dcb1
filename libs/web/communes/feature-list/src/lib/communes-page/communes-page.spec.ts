import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CommuneList, CommuneSummary } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import { CampaignSwitcher } from '@bep/web/campaigns/feature';
import { CommunesStore } from '@bep/web/communes/data-access';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { CommunesPage } from './communes-page';

@Component({ template: '' })
class CommunePageStub {}

function commune(
  name: string,
  nis: string,
  arrondissement: string,
  postalCode: string,
  population: number,
  stage: Stage | null,
  eligible = true,
): CommuneSummary {
  return {
    nis,
    name,
    arrondissement,
    postalCode,
    population,
    latitude: 50,
    longitude: 5,
    eligible,
    engagement: stage ? { id: `e-${nis}`, stage, leadConsultant: null } : null,
  };
}

const items = [
  commune('Gembloux', '92142', 'Namur', '5030', 26253, 'diagnostic_requested'),
  commune('Namur', '92094', 'Namur', '5000', 110939, null, false),
  commune('Viroinval', '93090', 'Philippeville', '5670', 5680, 'diagnostic_requested'),
  commune('Ciney', '91030', 'Dinant', '5590', 16706, 'diagnostic_requested'),
  commune('Éghezée', '92035', 'Namur', '5310', 16479, 'survey_sent'),
  commune('Anhée', '91005', 'Dinant', '5537', 7143, 'survey_answered'),
  commune('Couvin', '93014', 'Philippeville', '5660', 13989, null),
  commune('Rochefort', '91114', 'Dinant', '5580', 12763, 'declined'),
];

const list: CommuneList = { items, total: items.length, limit: 100, offset: 0, campaign: { id: 'c1', name: 'Radioscopie numérique 2019' } };

/** Stands in for the campaign switcher (its own spec tests it): the page shows the current campaign. */
@Component({ selector: 'bep-campaign-switcher', template: '' })
class FakeCampaignSwitcher {}

describe('CommunesPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'communes', component: CommunesPage },
          { path: 'communes/:nis', component: CommunePageStub },
        ]),
        provideI18nTesting({ communes: { fr, en } }),
      ],
    });
    TestBed.overrideComponent(CommunesPage, { remove: { imports: [CampaignSwitcher] }, add: { imports: [FakeCampaignSwitcher] } });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const countText = () => element().querySelector('[role="status"]')?.textContent?.trim();
  const bodyRows = () => element().querySelectorAll('table tbody tr[role="row"]');
  const url = () => TestBed.inject(Router).url;

  async function open(path = '/communes'): Promise<void> {
    await harness.navigateByUrl(path, CommunesPage);
  }

  async function loaded(path = '/communes'): Promise<void> {
    await open(path);
    http.expectOne('/api/communes').flush(list);
    await harness.fixture.whenStable();
  }

  async function column(name: string): Promise<string[]> {
    const table = await loader.getHarness(MatTableHarness);
    return (await table.getCellTextByColumnName())[name].text;
  }

  async function select(label: string, option: string): Promise<void> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    const control = (await field.getControl(MatSelectHarness)) as MatSelectHarness;
    await control.open();
    await control.clickOptions({ text: option });
    await harness.fixture.whenStable();
  }

  it('shows a loading indicator until the communes arrive', async () => {
    await open();
    expect(element().querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Chargement des communes');

    http.expectOne('/api/communes').flush(list);
    await harness.fixture.whenStable();
    expect(element().querySelector('mat-progress-bar')).toBeNull();
  });

  it('renders one row per commune, sorted by name, with Belgian numbers and French stage labels', async () => {
    await loaded();

    expect(bodyRows()).toHaveLength(8);
    expect(countText()).toBe('8 communes');
    expect(element().querySelector('table')?.getAttribute('aria-label')).toBe('Communes de la province de Namur');
    expect(element().querySelector('h1')?.textContent).toBe('Communes');
    expect(element().querySelector('.campaign')?.textContent).toBe('Campagne\u00a0: Radioscopie numérique 2019');
    expect(await column('name')).toEqual([
      'Anhée',
      'Ciney',
      'Couvin',
      'Éghezée',
      'Gembloux',
      'Namur',
      'Rochefort',
      'Viroinval',
    ]);

    const table = await loader.getHarness(MatTableHarness);
    const gembloux = (await table.getCellTextByIndex())[4];
    expect(gembloux.map((text) => text.replace(/\s/g, ' '))).toEqual([
      'Gembloux',
      '92142',
      'Namur',
      '26 253',
      'Diagnostic demandé',
    ]);
    const stages = await column('stage');
    expect(stages[2]).toBe('Hors campagne');
    expect(stages[5]).toBe('Non éligible (hors catégorie)');
    expect(stages[6]).toBe('Refusé');
  });

  it('links each commune to its page', async () => {
    await loaded();
    const link = Array.from(element().querySelectorAll<HTMLAnchorElement>('tbody a')).find((a) => a.textContent === 'Gembloux');
    expect(link?.getAttribute('href')).toBe('/communes/92142');

    link?.click();
    await harness.fixture.whenStable();
    expect(url()).toBe('/communes/92142');
  });

  it('filters by free text on name (ignoring accents), NIS and postal code, and keeps it in the URL', async () => {
    await loaded();
    const search = await loader.getHarness(MatInputHarness);

    await search.setValue('gemb');
    await harness.fixture.whenStable();
    expect(await column('name')).toEqual(['Gembloux']);
    expect(countText()).toBe('1 commune sur 8');
    expect(url()).toBe('/communes?q=gemb');

    await search.setValue('eghezee');
    expect(await column('name')).toEqual(['Éghezée']);

    await search.setValue('93090');
    expect(await column('name')).toEqual(['Viroinval']);

    await search.setValue('5590');
    expect(await column('name')).toEqual(['Ciney']);
  });

  it('filters by arrondissement, with the options built from the data', async () => {
    await loaded();
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Arrondissement' }));
    const control = (await field.getControl(MatSelectHarness)) as MatSelectHarness;
    await control.open();
    const options = await Promise.all((await control.getOptions()).map((option) => option.getText()));
    expect(options).toEqual(['Tous les arrondissements', 'Dinant', 'Namur', 'Philippeville']);
    await control.clickOptions({ text: 'Philippeville' });
    await harness.fixture.whenStable();

    expect(await column('name')).toEqual(['Couvin', 'Viroinval']);
    expect(countText()).toBe('2 communes sur 8');
    expect(url()).toBe('/communes?arrondissement=Philippeville');
  });

  it('filters by stage, combined with the arrondissement', async () => {
    await loaded();

    await select('Étape', 'Diagnostic demandé');
    expect(await column('name')).toEqual(['Ciney', 'Gembloux', 'Viroinval']);
    expect(countText()).toBe('3 communes sur 8');

    await select('Arrondissement', 'Dinant');
    expect(await column('name')).toEqual(['Ciney']);
    expect(url()).toBe('/communes?arrondissement=Dinant&etape=diagnostic_requested');

    await select('Étape', 'Hors campagne');
    expect(countText()).toBe('0 commune sur 8');
  });

  it('opens with the filters and the sort of the URL, and remembers them for the way back', async () => {
    await loaded('/communes?arrondissement=Namur&etape=diagnostic_requested&tri=-population');

    expect(await column('name')).toEqual(['Gembloux']);
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Étape' }));
    expect(await ((await field.getControl(MatSelectHarness)) as MatSelectHarness).getValueText()).toBe('Diagnostic demandé');
    const [population] = await (await loader.getHarness(MatSortHarness)).getSortHeaders({ label: 'Population' });
    expect(await population.getSortDirection()).toBe('desc');
    expect(TestBed.inject(CommunesStore).tableQuery()).toEqual({ arrondissement: 'Namur', etape: 'diagnostic_requested', tri: '-population' });
  });

  it('sorts by population, ascending then descending', async () => {
    await loaded();
    const sort = await loader.getHarness(MatSortHarness);
    const [population] = await sort.getSortHeaders({ label: 'Population' });

    await population.click();
    await harness.fixture.whenStable();
    expect(await population.getSortDirection()).toBe('asc');
    expect((await column('name')).slice(0, 3)).toEqual(['Viroinval', 'Anhée', 'Rochefort']);
    expect(url()).toBe('/communes?tri=population');

    await population.click();
    await harness.fixture.whenStable();
    expect(await population.getSortDirection()).toBe('desc');
    expect((await column('name'))[0]).toBe('Namur');
    expect((await column('population'))[0].replace(/\s/g, ' ')).toBe('110 939');
    expect(url()).toBe('/communes?tri=-population');
  });

  it('sorts by stage along the pipeline, closed and out-of-campaign communes last', async () => {
    await loaded();
    const sort = await loader.getHarness(MatSortHarness);
    const [stage] = await sort.getSortHeaders({ label: 'Étape' });

    await stage.click();
    await harness.fixture.whenStable();
    expect(await column('name')).toEqual([
      'Éghezée',
      'Anhée',
      'Ciney',
      'Gembloux',
      'Viroinval',
      'Rochefort',
      'Couvin',
      'Namur',
    ]);
  });

  it('shows an empty state when the filters match nothing, and clears them on request', async () => {
    await loaded('/communes?tri=-population');
    await (await loader.getHarness(MatInputHarness)).setValue('zzz');
    await harness.fixture.whenStable();

    expect(bodyRows()).toHaveLength(0);
    expect(element().textContent).toContain('Aucune commune ne correspond à ces filtres.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Effacer les filtres' }))).click();
    await harness.fixture.whenStable();
    expect(bodyRows()).toHaveLength(8);
    expect(await (await loader.getHarness(MatInputHarness)).getValue()).toBe('');
    expect(url()).toBe('/communes?tri=-population');
  });

  it('shows the problem detail in French and retries', async () => {
    await open();
    http.expectOne('/api/communes').flush(
      { type: 'about:blank', title: 'Service indisponible', status: 503, detail: 'La base de données ne répond pas.' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await harness.fixture.whenStable();

    const alert = element().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Impossible de charger les communes.');
    expect(alert?.textContent).toContain('La base de données ne répond pas.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    http.expectOne('/api/communes').flush(list);
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(bodyRows()).toHaveLength(8);
  });

  it('speaks English on request, filters and counts included', async () => {
    await loaded('/communes?etape=diagnostic_requested');
    TestBed.inject(LanguageStore).use('en');
    await harness.fixture.whenStable();

    expect(element().querySelector('h1')?.textContent).toBe('Municipalities');
    expect(countText()).toBe('3 municipalities of 8');
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'District' }));
    expect(await ((await field.getControl(MatSelectHarness)) as MatSelectHarness).getValueText()).toBe('All districts');
    const stage = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Stage' }));
    expect(await ((await stage.getControl(MatSelectHarness)) as MatSelectHarness).getValueText()).toBe('Diagnostic requested');
    TestBed.inject(LanguageStore).use('fr');
  });

  it('explains in French a failure without a problem body', async () => {
    await open();
    http.expectOne('/api/communes').error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Le serveur ne répond pas.');
  });
});
