import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AuditEntry, AuditPage as AuditPageBody, CommuneList } from '@bep/contracts';
import { LanguageStore } from '@bep/web/shared/i18n';
import { chooseCommune } from '@bep/web/ui-material/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { AuditPage } from './audit-page';
import { aListedUser } from '@bep/web/admin/data-access/testing';

const entries: AuditEntry[] = [
  {
    id: '2',
    occurredAt: '2019-05-02T08:30:00.000Z',
    actor: { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: 'Alain Admin' },
    action: 'update',
    entityType: 'user',
    entityId: 'u-42',
    before: { roles: ['finance'] },
    after: { roles: ['finance', 'manager'] },
    requestId: 'req-1',
    commune: null,
    subject: 'Paul Coquille',
  },
  {
    id: '1',
    occurredAt: '2019-01-15T23:30:00.000Z',
    actor: null,
    action: 'login',
    entityType: 'session',
    entityId: 's-1',
    before: null,
    after: { ip: '10.0.0.1' },
    requestId: null,
    commune: null,
    subject: null,
  },
];

const PERSON = '3f1c1e1e-0000-4000-8000-00000000000a';
const communesFound = {
  items: [
    { nis: '92142', name: 'Gembloux' },
    { nis: '91030', name: 'Ciney' },
  ],
  total: 2,
  limit: 20,
  offset: 0,
  campaign: null,
  unfilteredTotal: 38,
  arrondissements: [],
} as unknown as CommuneList;

function page(total: number, limit = 25, offset = 0): AuditPageBody {
  return { items: entries, total, limit, offset };
}

describe('AuditPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting({ admin: { fr, en } }),
        provideRouter([{ path: 'administration/journal', component: AuditPage }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  });

  afterEach(() => http.verify());

  function auditRequest(): TestRequest {
    return http.expectOne((request) => request.url === '/api/audit');
  }

  /** Opens the page and answers the people its filter offers (the communes are searched as one types). */
  async function open(url: string): Promise<TestRequest> {
    await harness.navigateByUrl(url, AuditPage);
    http
      .expectOne((request) => request.url === '/api/users')
      .flush({ items: [aListedUser({ id: PERSON, name: 'Marie Gestionnaire' })], total: 1, limit: 100, offset: 0 });
    return auditRequest();
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function control<T extends MatSelectHarness | MatInputHarness>(
    label: string,
    type: typeof MatSelectHarness | typeof MatInputHarness,
  ): Promise<T> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await field.getControl(type)) as T;
  }

  it('asks for the first page of 25 entries, newest first, without filters', async () => {
    const request = await open('/administration/journal');
    expect(request.request.urlWithParams).toBe('/api/audit?limit=25&offset=0');
    request.flush(page(2));
    await settle();

    const table = await loader.getHarness(MatTableHarness);
    const cells = await table.getCellTextByColumnName();
    expect(cells['occurredAt'].text).toEqual(['02/05/2019 10:30:00', '16/01/2019 00:30:00']);
    expect(cells['actor'].text).toEqual(['Alain Admin', 'Système']);
    expect(cells['summary'].text).toEqual(['Utilisateur modifié\u00a0: Paul Coquille — rôles Finances → Finances, Gestionnaire BEP', 'Connexion']);
    expect(harness.routeNativeElement?.querySelector('[role="status"]')?.textContent?.trim()).toBe('2 entrées');
  });

  it('maps the filters of the URL to the API query, days in Belgian time', async () => {
    const request = await open(`/administration/journal?commune=92142&personne=${PERSON}&type=user&action=update&du=2019-05-01&au=2019-05-31&page=3&taille=10`);
    expect(request.request.params.get('communeNis')).toBe('92142');
    expect(request.request.params.get('actorId')).toBe(PERSON);
    expect(request.request.params.get('entityType')).toBe('user');
    expect(request.request.params.get('action')).toBe('update');
    expect(request.request.params.get('from')).toBe('2019-05-01T00:00:00+02:00');
    expect(request.request.params.get('to')).toBe('2019-06-01T00:00:00+02:00');
    expect(request.request.params.get('limit')).toBe('10');
    expect(request.request.params.get('offset')).toBe('20');
    request.flush(page(25, 10, 20));
    // The commune of the URL, named by the server (every commune of the reference data: no `eligible`).
    const named = http.expectOne((r) => r.url === '/api/communes');
    expect(named.request.urlWithParams).toBe('/api/communes?q=92142&limit=20');
    named.flush(communesFound);
    await settle();

    expect(await (await loader.getHarness(MatAutocompleteHarness)).getValue()).toBe('Gembloux');
    expect(await (await control<MatSelectHarness>('Personne', MatSelectHarness)).getValueText()).toBe('Marie Gestionnaire');
    expect(await (await control<MatSelectHarness>("Type d'entité", MatSelectHarness)).getValueText()).toBe('Utilisateur');
    expect(await (await control<MatSelectHarness>('Action', MatSelectHarness)).getValueText()).toBe('Modification');
    expect(await (await control<MatInputHarness>('Du', MatInputHarness)).getValue()).toBe('01/05/2019');
    expect(await (await control<MatInputHarness>('Au', MatInputHarness)).getValue()).toBe('31/05/2019');
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('21 – 25 sur 25');
  });

  it('puts the chosen filters in the URL and asks again from the first page', async () => {
    (await open('/administration/journal?page=2')).flush(page(60, 25, 25));
    await settle();

    await chooseCommune(loader, http, 'gem', communesFound, /Gembloux/);
    const person = await control<MatSelectHarness>('Personne', MatSelectHarness);
    await person.open();
    await person.clickOptions({ text: 'Marie Gestionnaire' });
    const type = await control<MatSelectHarness>("Type d'entité", MatSelectHarness);
    await type.open();
    await type.clickOptions({ text: 'Engagement' });
    await (await control<MatInputHarness>('Du', MatInputHarness)).setValue('01/12/2019');
    await (await control<MatInputHarness>('Au', MatInputHarness)).setValue('31/12/2019');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Filtrer' }))).click();
    await settle();

    expect(TestBed.inject(Router).url).toBe(`/administration/journal?type=engagement&commune=92142&personne=${PERSON}&du=2019-12-01&au=2019-12-31`);
    const request = auditRequest();
    expect(request.request.urlWithParams).toBe(
      `/api/audit?entityType=engagement&communeNis=92142&actorId=${PERSON}&from=2019-12-01T00:00:00%2B01:00&to=2020-01-01T00:00:00%2B01:00&limit=25&offset=0`,
    );
    request.flush(page(2));
    await settle();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Effacer les filtres' }))).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/administration/journal');
    auditRequest().flush(page(2));
  });

  it('refuses a period that ends before it starts', async () => {
    (await open('/administration/journal')).flush(page(2));
    await settle();

    await (await control<MatInputHarness>('Du', MatInputHarness)).setValue('01/06/2019');
    await (await control<MatInputHarness>('Au', MatInputHarness)).setValue('01/05/2019');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Filtrer' }))).click();
    await settle();

    expect(harness.routeNativeElement?.querySelector('#period-error')?.textContent).toContain('La date «\u00a0au\u00a0» doit suivre la date «\u00a0du\u00a0».');
    expect(TestBed.inject(Router).url).toBe('/administration/journal');
    http.expectNone((request) => request.url === '/api/audit');
  });

  it('pages on the server with limit and offset', async () => {
    (await open('/administration/journal')).flush(page(60));
    await settle();

    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1 – 25 sur 60');
    await paginator.goToNextPage();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/administration/journal?page=2');
    expect(auditRequest().request.urlWithParams).toBe('/api/audit?limit=25&offset=25');
  });

  it('shows the entry before and after the change in a dialog', async () => {
    (await open('/administration/journal')).flush(page(2));
    await settle();

    const [first] = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Détails' }));
    await first.click();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Modification · Utilisateur');
    const text = await dialog.getContentText();
    expect(text).toContain('Utilisateur modifié\u00a0: Paul Coquille');
    expect(text).toContain('02/05/2019 10:30:00');
    expect(text).toContain('Alain Admin');
    const json = Array.from(document.querySelectorAll('mat-dialog-container pre')).map((pre) => JSON.parse(pre.textContent ?? ''));
    expect(json).toEqual([{ roles: ['finance'] }, { roles: ['finance', 'manager'] }]);
  });

  it('shows the problem detail and retries', async () => {
    (await open('/administration/journal')).flush(
      { type: 'about:blank', title: 'Forbidden', status: 403, detail: "Réservé au rôle «\u00a0admin\u00a0»." },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();

    const alert = harness.routeNativeElement?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("Impossible de charger le journal d'audit.");
    expect(alert?.textContent).toContain('Réservé au rôle «\u00a0admin\u00a0».');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    auditRequest().flush(page(2));
    await settle();
    expect(harness.routeNativeElement?.querySelector('[role="alert"]')).toBeNull();
  });

  it('switches to English at once: heading, columns, labels, count and paginator', async () => {
    (await open('/administration/journal')).flush(page(60));
    await settle();

    TestBed.inject(LanguageStore).use('en');
    harness.fixture.detectChanges();
    await settle();

    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('h2')?.textContent).toBe('Audit log');
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['summary'].text).toEqual(['User changed: Paul Coquille — roles Finance → Finance, BEP manager', 'Signed in']);
    expect(cells['actor'].text).toEqual(['Alain Admin', 'System']);
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('60 entries');
    expect(await (await loader.getHarness(MatPaginatorHarness)).getRangeLabel()).toBe('1 – 25 of 60');
  });

  it('names an entity type or an action it does not know as it is', async () => {
    (await open('/administration/journal')).flush({ items: [{ ...entries[0], action: 'teleport', entityType: 'spaceship' }], total: 1, limit: 25, offset: 0 });
    await settle();

    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['summary'].text).toEqual(['spaceship · teleport']);
    expect(harness.routeNativeElement?.querySelector('[role="status"]')?.textContent?.trim()).toBe('1 entrée');
  });
});
