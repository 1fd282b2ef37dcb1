import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
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
import { SEARCH_DEBOUNCE_MS } from '@bep/web/ui';
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

/** The server's answer: `shown` in its order, `total` of them kept by its filters, `unfilteredTotal` in the reference data. */
function answer(shown: CommuneSummary[], total = shown.length, unfilteredTotal = 38): CommuneList {
  return {
    items: shown,
    total,
    limit: 100,
    offset: 0,
    campaign: { id: 'c1', name: 'Radioscopie numérique 2019' },
    unfilteredTotal,
    arrondissements: ['Dinant', 'Namur', 'Philippeville'],
  };
}

const byName = (names: string[]) => names.map((name) => items.find((item) => item.name === name) as CommuneSummary);
const ALL = answer(byName(['Anhée', 'Ciney', 'Couvin', 'Éghezée', 'Gembloux', 'Namur', 'Rochefort', 'Viroinval']), 38);

/** What the page asks the API for: the view's filters, its sort and its page. */
const api = (query = '', page = 'sort=name&order=asc&limit=100&offset=0') => `/api/communes?${query ? `${query}&` : ''}${page}`;

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
  const countText = () => element().querySelector('[role="status"]')?.textContent?.replace(/\s/g, ' ').trim();
  const bodyRows = () => element().querySelectorAll('table tbody tr[role="row"]');
  const url = () => TestBed.inject(Router).url;

  async function open(path = '/communes'): Promise<void> {
    await harness.navigateByUrl(path, CommunesPage);
  }

  /** Answers the page's request, which must be `request`. */
  async function serve(request: string, list: CommuneList): Promise<void> {
    http.expectOne(request).flush(list);
    await harness.fixture.whenStable();
  }

  async function loaded(path = '/communes', request = api(), list = ALL): Promise<void> {
    await open(path);
    await serve(request, list);
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

  const pause = () => new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));

  it('shows a loading indicator until the communes arrive', async () => {
    await open();
    expect(element().querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Chargement des communes');
    expect(element().textContent).not.toContain("Aucune commune n'est disponible");

    await serve(api(), ALL);
    expect(element().querySelector('mat-progress-bar')).toBeNull();
  });

  it("renders the server's rows in its order, with Belgian numbers and French stage labels", async () => {
    await loaded();

    expect(bodyRows()).toHaveLength(8);
    expect(countText()).toBe('38 communes');
    expect(element().querySelector('table')?.getAttribute('aria-label')).toBe('Communes de la province de Namur');
    expect(element().querySelector('h1')?.textContent).toBe('Communes');
    expect(element().querySelector('.campaign')?.textContent).toBe('Campagne\u00a0: Radioscopie numérique 2019');
    expect(await column('name')).toEqual(['Anhée', 'Ciney', 'Couvin', 'Éghezée', 'Gembloux', 'Namur', 'Rochefort', 'Viroinval']);

    const table = await loader.getHarness(MatTableHarness);
    const gembloux = (await table.getCellTextByIndex())[4];
    expect(gembloux.map((text) => text.replace(/\s/g, ' '))).toEqual(['Gembloux', '92142', 'Namur', '26 253', 'Diagnostic demandé']);
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

  it('asks the server once typing pauses, from the first page, and keeps the text in the URL', async () => {
    await loaded('/communes?page=2', api('', 'sort=name&order=asc&limit=100&offset=100'), answer(byName(['Namur']), 150, 150));
    const search = await loader.getHarness(MatInputHarness);

    await search.setValue('gem');
    await search.setValue('gemb');
    http.expectNone((request) => request.url === '/api/communes');
    await pause();
    await harness.fixture.whenStable();
    await serve(api('q=gemb'), answer(byName(['Gembloux']), 1, 150));
    expect(await column('name')).toEqual(['Gembloux']);
    expect(countText()).toBe('1 commune sur 150');
    expect(url()).toBe('/communes?q=gemb');
  });

  it('does not bring back a word typed and then cleared', async () => {
    await loaded();
    await (await loader.getHarness(MatInputHarness)).setValue('zzz');
    await (await loader.getHarness(MatInputHarness)).setValue('');
    await pause();
    await harness.fixture.whenStable();
    http.expectNone((request) => request.url === '/api/communes');
    expect(url()).toBe('/communes');
  });

  it("filters by arrondissement, with the choices the server lists, counted on the server's total", async () => {
    await loaded();
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Arrondissement' }));
    const control = (await field.getControl(MatSelectHarness)) as MatSelectHarness;
    await control.open();
    const options = await Promise.all((await control.getOptions()).map((option) => option.getText()));
    expect(options).toEqual(['Tous les arrondissements', 'Dinant', 'Namur', 'Philippeville']);
    await control.clickOptions({ text: 'Philippeville' });
    await harness.fixture.whenStable();

    await serve(api('arrondissement=Philippeville'), answer(byName(['Couvin', 'Viroinval']), 7));
    expect(await column('name')).toEqual(['Couvin', 'Viroinval']);
    expect(countText()).toBe('7 communes sur 38');
    expect(url()).toBe('/communes?arrondissement=Philippeville');
  });

  it('filters by status, the communes off the campaign included, combined with the arrondissement', async () => {
    await loaded();

    await select('Étape', 'Diagnostic demandé');
    await serve(api('status=diagnostic_requested'), answer(byName(['Ciney', 'Gembloux', 'Viroinval'])));
    expect(countText()).toBe('3 communes sur 38');

    await select('Arrondissement', 'Dinant');
    await serve(api('arrondissement=Dinant&status=diagnostic_requested'), answer(byName(['Ciney'])));
    expect(await column('name')).toEqual(['Ciney']);
    expect(url()).toBe('/communes?arrondissement=Dinant&etape=diagnostic_requested');

    await select('Étape', 'Hors campagne');
    await serve(api('arrondissement=Dinant&status=out_of_campaign'), answer([]));
    expect(countText()).toBe('0 commune sur 38');
  });

  it('opens with the filters, the sort and the page of the URL, and remembers them for the way back', async () => {
    await loaded(
      '/communes?arrondissement=Namur&etape=diagnostic_requested&tri=-population&page=3',
      api('arrondissement=Namur&status=diagnostic_requested', 'sort=population&order=desc&limit=100&offset=200'),
      answer(byName(['Gembloux']), 201),
    );

    expect(await column('name')).toEqual(['Gembloux']);
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Étape' }));
    expect(await ((await field.getControl(MatSelectHarness)) as MatSelectHarness).getValueText()).toBe('Diagnostic demandé');
    const [population] = await (await loader.getHarness(MatSortHarness)).getSortHeaders({ label: 'Population' });
    expect(await population.getSortDirection()).toBe('desc');
    expect(TestBed.inject(CommunesStore).tableQuery()).toEqual({ arrondissement: 'Namur', etape: 'diagnostic_requested', tri: '-population', page: '3' });
  });

  it('asks the server for another order, ascending then descending', async () => {
    await loaded();
    const sort = await loader.getHarness(MatSortHarness);
    const [population] = await sort.getSortHeaders({ label: 'Population' });

    await population.click();
    await harness.fixture.whenStable();
    await serve(api('', 'sort=population&order=asc&limit=100&offset=0'), answer(byName(['Viroinval', 'Anhée'])));
    expect(await population.getSortDirection()).toBe('asc');
    expect(await column('name')).toEqual(['Viroinval', 'Anhée']);
    expect(url()).toBe('/communes?tri=population');

    await population.click();
    await harness.fixture.whenStable();
    await serve(api('', 'sort=population&order=desc&limit=100&offset=0'), answer(byName(['Namur'])));
    expect(await population.getSortDirection()).toBe('desc');
    expect((await column('population'))[0].replace(/\s/g, ' ')).toBe('110 939');
    expect(url()).toBe('/communes?tri=-population');

    const [stage] = await sort.getSortHeaders({ label: 'Étape' });
    await stage.click();
    await harness.fixture.whenStable();
    await serve(api('', 'sort=stage&order=asc&limit=100&offset=0'), answer(byName(['Éghezée'])));
    expect(url()).toBe('/communes?tri=stage');
  });

  it('pages a list longer than a hundred, the page in the URL, back to the first on a new filter', async () => {
    await loaded('/communes', api(), answer(byName(['Anhée', 'Ciney']), 35_000, 35_000));
    expect(countText()).toBe('35 000 communes');
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toMatch(/^1\s.\s100 sur 35\s000$/);

    await paginator.goToNextPage();
    await harness.fixture.whenStable();
    await serve(api('', 'sort=name&order=asc&limit=100&offset=100'), answer(byName(['Couvin']), 35_000, 35_000));
    expect(url()).toBe('/communes?page=2');
    expect(await column('name')).toEqual(['Couvin']);

    await select('Arrondissement', 'Dinant');
    await serve(api('arrondissement=Dinant'), answer(byName(['Anhée']), 1, 35_000));
    expect(url()).toBe('/communes?arrondissement=Dinant');
    expect(await loader.getAllHarnesses(MatPaginatorHarness)).toHaveLength(0);
  });

  it('shows the last page instead of a page past the end (a bookmark, another campaign chosen)', async () => {
    await loaded('/communes?etape=declined&page=4', api('status=declined', 'sort=name&order=asc&limit=100&offset=300'), answer([], 150));
    await serve(api('status=declined', 'sort=name&order=asc&limit=100&offset=100'), answer(byName(['Rochefort']), 150));
    expect(url()).toBe('/communes?etape=declined&page=2');
    expect(await column('name')).toEqual(['Rochefort']);
  });

  it('shows an empty state when the filters match nothing, and clears them on request', async () => {
    await loaded('/communes?q=zzz&tri=-population', api('q=zzz', 'sort=population&order=desc&limit=100&offset=0'), answer([]));

    expect(bodyRows()).toHaveLength(0);
    expect(element().textContent).toContain('Aucune commune ne correspond à ces filtres.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Effacer les filtres' }))).click();
    await harness.fixture.whenStable();
    await serve(api('', 'sort=population&order=desc&limit=100&offset=0'), ALL);
    expect(bodyRows()).toHaveLength(8);
    expect(await (await loader.getHarness(MatInputHarness)).getValue()).toBe('');
    expect(url()).toBe('/communes?tri=-population');
  });

  it('shows the problem detail in French and retries the same page', async () => {
    await open('/communes?etape=declined');
    http.expectOne(api('status=declined')).flush(
      { type: 'about:blank', title: 'Service indisponible', status: 503, detail: 'La base de données ne répond pas.' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await harness.fixture.whenStable();

    const alert = element().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Impossible de charger les communes.');
    expect(alert?.textContent).toContain('La base de données ne répond pas.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    await serve(api('status=declined'), answer(byName(['Rochefort'])));
    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(bodyRows()).toHaveLength(1);
  });

  it('speaks English on request, filters and counts included', async () => {
    await loaded('/communes?etape=diagnostic_requested', api('status=diagnostic_requested'), answer(byName(['Ciney', 'Gembloux', 'Viroinval'])));
    TestBed.inject(LanguageStore).use('en');
    await harness.fixture.whenStable();

    expect(element().querySelector('h1')?.textContent).toBe('Municipalities');
    expect(countText()).toBe('3 municipalities of 38');
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'District' }));
    expect(await ((await field.getControl(MatSelectHarness)) as MatSelectHarness).getValueText()).toBe('All districts');
    const stage = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Stage' }));
    expect(await ((await stage.getControl(MatSelectHarness)) as MatSelectHarness).getValueText()).toBe('Diagnostic requested');
    TestBed.inject(LanguageStore).use('fr');
  });

  it('explains in French a failure without a problem body', async () => {
    await open();
    http.expectOne(api()).error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Le serveur ne répond pas.');
  });
});
