import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { Component, input } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';
import type { Campaign, ConsultantList, PipelineStats, Role } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { CampaignSwitcher } from '@bep/web/campaigns/feature';
import { aUser } from '@bep/web/auth/data-access/testing';
import { aCampaign, aCommuneList, aLateItem, aStats } from '@bep/web/dashboard/data-access/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { MaturityCard } from '../maturity-card/maturity-card';
import { TodayPanel } from '../today/today-panel';
import { DashboardPage } from './dashboard-page';

/** Stands in for "Aujourd'hui / cette semaine" (its own spec tests it): records what the page gives it. */
@Component({ selector: 'bep-today-panel', template: '' })
class FakeTodayPanel {
  readonly manager = input(false);
  readonly lateListFragment = input<string | null>(null);
}

/** Stands in for the maturity card (its own spec tests it): records the campaign it is given. */
@Component({ selector: 'bep-maturity-card', template: '' })
class FakeMaturityCard {
  readonly campaignId = input<string | null>(null);
}

/** Stands in for the campaign switcher (its own spec tests it): the page shows the current campaign. */
@Component({ selector: 'bep-campaign-switcher', template: '' })
class FakeCampaignSwitcher {}

/**
 * ECharts stand-in: jsdom has no canvas. It records the options each chart is given and the event
 * handlers ngx-echarts binds, so that the page's wiring is tested without drawing anything.
 */
class FakeChart {
  readonly options: { series?: { name?: string; type?: string }[] }[] = [];
  readonly handlers = new Map<string, (event: unknown) => void>();
  constructor(readonly element: HTMLElement) {}
  setOption(option: FakeChart['options'][number]): void {
    this.options.push(option);
  }
  on(name: string, handler: (event: unknown) => void): void {
    this.handlers.set(name, handler);
  }
  readonly off = jest.fn();
  readonly isDisposed = () => false;
  readonly dispose = jest.fn();
  readonly resize = jest.fn();
  readonly showLoading = jest.fn();
  readonly hideLoading = jest.fn();
  get last() {
    return this.options[this.options.length - 1];
  }
}

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
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

  async function open(roles: Role[] = ['manager']): Promise<void> {
    charts = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideI18nTesting({ dashboard: { fr, en } }),
        provideEchartsCore({
          echarts: {
            init: (element: HTMLElement) => {
              const chart = new FakeChart(element);
              charts.push(chart);
              return chart;
            },
          },
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.overrideComponent(DashboardPage, {
      remove: { imports: [TodayPanel, CampaignSwitcher, MaturityCard] },
      add: { imports: [FakeTodayPanel, FakeCampaignSwitcher, FakeMaturityCard] },
    });
    http = TestBed.inject(HttpTestingController);
    const signedIn = TestBed.inject(AuthStore).ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user: aUser(roles) });
    await signedIn;
    fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => element().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const section = (heading: string) =>
    Array.from(element().querySelectorAll('section')).find((candidate) => candidate.querySelector('h2')?.textContent?.trim() === heading) ?? null;
  /** The term and value of each group of a description list. */
  const pairs = (list: Element | null | undefined) =>
    Array.from(list?.querySelectorAll('dl > div') ?? []).map((group) =>
      [group.querySelector('dt'), group.querySelector('dd')].map((cell) => cell?.textContent?.replace(/\s+/g, ' ').trim()),
    );
  /** The chart drawn with a series of `type` (charts start in no set order). */
  const chartOf = (type: string) => charts.find((chart) => chart.last?.series?.[0]?.type === type);
  const rowsOf = (table: Element | null | undefined) =>
    Array.from(table?.querySelectorAll('tbody tr') ?? []).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );

  /** The one live request to `url` (older ones a reload cancelled are set aside). */
  function live(url: string): TestRequest {
    const requests = http.match((request) => request.url === url).filter((request) => !request.cancelled);
    expect(requests).toHaveLength(1);
    return requests[0];
  }

  /** Answers the page's calls with the demo's data, then lets the charts start (ngx-echarts waits a tick). */
  async function answer(stats: PipelineStats = aStats(), statsRequest: TestRequest = live('/api/stats'), campaign: Campaign = aCampaign()): Promise<void> {
    statsRequest.flush(stats);
    live('/api/communes').flush(aCommuneList());
    live('/api/campaigns/current').flush(campaign);
    await settle();
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function answerConsultants(): void {
    const list: ConsultantList = {
      items: [{ id: '3f2b6c1e-8d4a-4b7e-9c1f-2a5d6e7f8a9b', name: 'Claire Dubois', email: 'claire@ocalia.example', office: 'BE', active: true }],
      total: 1,
      limit: 500,
      offset: 0,
    };
    live('/api/consultants').flush(list);
  }

  it('shows a loading indicator, then the campaign and its key figures in Belgian figures', async () => {
    await open(['finance']);
    expect(element().querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Chargement du tableau de bord');

    await answer();

    expect(element().querySelector('mat-progress-bar')).toBeNull();
    expect(text('h1')).toBe('Tableau de bord');
    expect(text('.campaign')).toBe('Campagne « Radioscopie numérique 2019 » · situation au 03/06/2019 10:00');
    expect(pairs(section('Chiffres clés'))).toEqual([
      ['Communes engagées', '37'],
      ['Questionnaire envoyé', '32'],
      ['Questionnaire complété', '0'],
      ['Diagnostic demandé', '5'],
      ['Atelier tenu', '0'],
      ['Accompagnement', '0'],
      ['Refusé', '0'],
      ['Retiré', '0'],
      ['En retard', '3'],
    ]);
  });

  it("opens with what to do today, managers' actions included, then links each key figure to the list behind it", async () => {
    await open();
    answerConsultants();
    await answer();

    const today = fixture.debugElement.query(By.directive(FakeTodayPanel));
    expect(element().querySelector('header + bep-today-panel')).not.toBeNull();
    expect((today.componentInstance as FakeTodayPanel).manager()).toBe(true);
    expect((today.componentInstance as FakeTodayPanel).lateListFragment()).toBe('dashboard-late-heading');

    const links = Array.from(section('Chiffres clés')?.querySelectorAll('dd a') ?? []).map((link) => [link.getAttribute('aria-label'), link.getAttribute('href')]);
    expect(links[0]).toEqual(['Communes engagées\u00a0: 37, voir le pipeline', '/pipeline']);
    expect(links[1]).toEqual(['Questionnaire envoyé\u00a0: 32, voir ces communes', '/communes?etape=survey_sent']);
    expect(links.at(-1)).toEqual(['En retard\u00a0: 3, voir les retards', '/#dashboard-late-heading']);
    // The late items' heading takes the focus the link gives it.
    expect(section('Retards')?.querySelector('h2')?.getAttribute('tabindex')).toBe('-1');
    // The communes' side of the budget opens the campaign's invoices but the drafts, whose totals it is; BEP's shares link nowhere.
    const campaign = aCampaign();
    const budgetLinks = Array.from(section('Budget du BEP')?.querySelectorAll('a') ?? []).map((link) => [link.getAttribute('aria-label'), link.getAttribute('href')]);
    expect(budgetLinks.map((link) => link[0]?.replace(/\s/g, ' '))).toEqual([
      'Facturé aux communes : 5 000,00 €, voir les factures de la campagne',
      'Encaissé : 2 500,00 €, voir les factures de la campagne',
    ]);
    expect(budgetLinks.map((link) => link[1])).toEqual([`/factures?campagne=${campaign.id}&statut=billed`, `/factures?campagne=${campaign.id}&statut=billed`]);
  });

  it('shows the deadline with the days left, and the budget in words beside its gauge', async () => {
    await open();
    answerConsultants();
    await answer();

    const deadline = section('Échéance de la campagne');
    expect(deadline?.querySelector('.date')?.textContent?.trim()).toBe('31 décembre 2019');
    expect(deadline?.querySelector('.status')?.textContent?.trim()).toBe('Jours restants\u00a0: 211');

    const budget = section('Budget du BEP');
    expect(budget?.querySelector('.campaign')?.textContent?.trim()).toBe('Campagne «\u00a0Radioscopie numérique 2019\u00a0»');
    expect(budget?.querySelector('[echarts]')?.getAttribute('aria-hidden')).toBe('true');
    expect(pairs(budget).map((pair) => pair.map((cell) => cell?.replace(/\s/g, ' ')))).toEqual([
      ['Engagé', '12 500,00 € (62,5 %)'],
      ['Facturé', '5 000,00 € (25 %)'],
      ['Payé', '2 500,00 € (12,5 %)'],
      ['Enveloppe', '20 000,00 €'],
      ['Disponible', '7 500,00 €'],
      ['Facturé aux communes', '5 000,00 €'],
      ['Encaissé', '2 500,00 €'],
    ]);
    // The colour key of the gauge's parts, beside their names.
    expect(Array.from(budget?.querySelectorAll('dt .key') ?? []).map((key) => (key as HTMLElement).style.backgroundColor)).toEqual([
      'rgb(0, 92, 187)',
      'rgb(106, 27, 154)',
      'rgb(27, 94, 32)',
    ]);
  });

  it('says how long ago the deadline passed, and shows a consultant the committed budget alone, nothing drawn from the invoices', async () => {
    await open(['consultant']);
    // What the API answers a consultant: no figure drawn from the invoices.
    const campaign = aCampaign();
    const budget = { ...campaign.budget, invoicedCents: null, paidCents: null, billedToCommunesCents: null, collectedCents: null };
    await answer(aStats({ asOf: '2020-01-10T09:00:00.000Z' }), undefined, { ...campaign, budget });

    expect(section('Échéance de la campagne')?.querySelector('.status')?.textContent?.trim()).toBe('Échéance dépassée depuis 10 j');
    expect(pairs(section('Budget du BEP')).map(([name]) => name)).toEqual(['Engagé', 'Enveloppe', 'Disponible']);
    const gauge = chartOf('gauge')?.last as { series: { data: { name: string }[] }[] };
    expect(gauge.series[0]?.data.map((share) => share.name)).toEqual(['Engagé']);
  });

  it('shows managers and consultants the maturity card of the campaign shown, never finance (it reads no answer)', async () => {
    await open(['consultant']);
    await answer();
    expect(fixture.debugElement.query(By.directive(FakeMaturityCard))?.componentInstance.campaignId()).toBeNull();
    TestBed.resetTestingModule();

    await open(['finance']);
    await answer();
    expect(element().querySelector('bep-maturity-card')).toBeNull();
  });

  it('gives every chart a text alternative: the stages table, the map summary, legend and communes table', async () => {
    await open();
    answerConsultants();
    await answer();

    const stages = section('Avancement par étape');
    expect(stages?.querySelector('[echarts]')?.getAttribute('aria-hidden')).toBe('true');
    expect(stages?.querySelector('caption')?.textContent).toContain('Avancement par étape');
    expect(rowsOf(stages?.querySelector('table')).map((row) => row.map((cell) => cell?.replace(/\s/g, ' ')))).toEqual([
      ['Questionnaire envoyé', '32', '37', '13,5 %', '35'],
      ['Questionnaire complété', '0', '5', '100 %', '2,2'],
      ['Diagnostic demandé', '5', '5', '0 %', '28,5'],
      ['Atelier tenu', '0', '0', '—', '—'],
      ['Accompagnement', '0', '0', '—', '—'],
    ]);

    const map = section('Carte de la province');
    const chart = map?.querySelector('[echarts]');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(chart?.getAttribute('aria-label')).toMatch(/^Carte des communes de la province de Namur/);
    expect(Array.from(map?.querySelectorAll('.bep-legend li') ?? []).map((item) => item.textContent?.trim())).toEqual([
      'Questionnaire envoyé (2)',
      'Diagnostic demandé (1)',
      'Non éligible (hors catégorie) (1)',
    ]);
    expect(map?.querySelector('summary')?.textContent?.trim()).toBe('Voir les communes en tableau');
    expect(rowsOf(map?.querySelector('table'))[0].map((cell) => cell?.replace(/\s/g, ' '))).toEqual(['Ciney', 'Dinant', 'Questionnaire envoyé', '16 706']);
    expect(map?.querySelector('table a')?.getAttribute('href')).toBe('/communes/91030');
    expect(map?.querySelector('bep-stage-swatch')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws the funnel, the gauge and the map, and redraws their words in English', async () => {
    await open();
    answerConsultants();
    await answer();

    expect(charts).toHaveLength(3);
    expect(chartOf('gauge')).toBeDefined();
    expect(chartOf('funnel')).toBeDefined();
    const map = chartOf('scatter') as FakeChart;
    expect(map.last.series?.map((series) => series.name)).toEqual(['Questionnaire envoyé', 'Diagnostic demandé', 'Non éligible (hors catégorie)']);

    TestBed.inject(TranslocoService).setActiveLang('en');
    await settle();

    expect(map.last.series?.map((series) => series.name)).toEqual(['Survey sent', 'Diagnostic requested', 'Not eligible (outside the programme)']);
    expect(text('h1')).toBe('Dashboard');
  });

  it("opens a commune's page when its marker is clicked", async () => {
    await open();
    answerConsultants();
    await answer();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    chartOf('scatter')?.handlers.get('click')?.({ componentType: 'series', seriesIndex: 1, dataIndex: 0 });

    expect(navigate).toHaveBeenCalledWith(['/communes', '92142']);
  });

  it('lists the late items, what needs a person first, longest first, each commune linked, and shows all of them on request', async () => {
    const items = Array.from({ length: 12 }, (_, index) => aLateItem('survey-unanswered', `910${String(index).padStart(2, '0')}`, `Commune ${index + 1}`, 40 - index));
    await open(['consultant']);
    await answer(aStats({ late: { counts: { 'survey-unanswered': 12, 'diagnostic-not-scheduled': 0, 'activity-overdue': 0 }, items } }));

    const late = section('Retards');
    expect(pairs(late)).toEqual([
      ['Diagnostic non planifié', '0'],
      ['Activité en retard', '0'],
      ['Questionnaire sans réponse', '12'],
    ]);
    expect(rowsOf(late?.querySelector('table'))).toHaveLength(10);
    expect(rowsOf(late?.querySelector('table'))[0]).toEqual(['Questionnaire sans réponse', 'Commune 1', '13/05/2019', '40']);
    expect(late?.querySelector('table a')?.getAttribute('href')).toBe('/communes/91000');

    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Afficher les 12 retards' }))).click();
    expect(rowsOf(late?.querySelector('table'))).toHaveLength(12);
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: 'Afficher moins' }))).host().then((host) => host.getAttribute('aria-expanded'))).toBe('true');
  });

  it('says when nothing is late', async () => {
    await open(['consultant']);
    await answer(aStats({ late: { counts: { 'survey-unanswered': 0, 'diagnostic-not-scheduled': 0, 'activity-overdue': 0 }, items: [] } }));

    expect(section('Retards')?.querySelector('table')).toBeNull();
    expect(section('Retards')?.textContent).toContain('Aucun retard\u00a0: tout est dans les délais.');
  });

  it('explains a failure with the server’s words and loads again on retry', async () => {
    await open(['consultant']);
    live('/api/stats').flush(
      { type: 'about:blank', title: 'Service indisponible', status: 503, detail: 'La base de données ne répond pas.' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await fixture.whenStable();

    expect(text('[role="alert"]')).toBe('Impossible de charger le tableau de bord. La base de données ne répond pas. Réessayer');

    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    await answer();
    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(section('Chiffres clés')).not.toBeNull();
  });

  it('says so when no campaign is under way', async () => {
    await open(['consultant']);
    live('/api/stats').flush(aStats({ campaign: null, total: 0 }));
    live('/api/communes').flush(aCommuneList());
    live('/api/campaigns/current').flush({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(text('.bep-empty-state')).toBe("Aucune campagne n'est en cours. Le tableau de bord s'affichera dès qu'une campagne sera ouverte.");
    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(charts).toHaveLength(0);
  });

  it('filters by arrondissement, and offers managers a consultant filter', async () => {
    await open();
    answerConsultants();
    await answer();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const [arrondissement, consultant] = await loader.getAllHarnesses(MatSelectHarness);

    await arrondissement.open();
    expect(await Promise.all((await arrondissement.getOptions()).map((option) => option.getText()))).toEqual([
      'Tous les arrondissements',
      'Dinant',
      'Namur',
      'Philippeville',
    ]);
    await arrondissement.clickOptions({ text: 'Dinant' });
    const dinant = live('/api/stats');
    expect(dinant.request.params.get('arrondissement')).toBe('Dinant');
    await answer(aStats(), dinant);
    expect(Array.from(section('Carte de la province')?.querySelectorAll('.bep-legend li') ?? []).map((item) => item.textContent?.trim())).toEqual([
      'Questionnaire envoyé (1)',
    ]);
    // The key figures open their lists narrowed the same way.
    const figureLinks = () => Array.from(section('Chiffres clés')?.querySelectorAll('dd a') ?? []).map((link) => link.getAttribute('href'));
    expect(figureLinks().slice(0, 2)).toEqual(['/pipeline?arrondissement=Dinant', '/communes?arrondissement=Dinant&etape=survey_sent']);

    await consultant.open();
    await consultant.clickOptions({ text: 'Claire Dubois' });
    const stats = live('/api/stats');
    expect(stats.request.params.get('consultantId')).toBe('3f2b6c1e-8d4a-4b7e-9c1f-2a5d6e7f8a9b');
    live('/api/engagements').flush({ items: [], total: 0, limit: 200, offset: 0 });
    await answer(aStats(), stats);
    expect(section('Carte de la province')?.textContent).toContain('Aucune commune ne correspond à ces filtres.');
    // The communes list has no consultant filter: a stage's figure opens the consultant's board.
    const board = '/pipeline?arrondissement=Dinant&consultant=3f2b6c1e-8d4a-4b7e-9c1f-2a5d6e7f8a9b';
    expect(figureLinks().slice(0, 2)).toEqual([board, board]);
  });

  it('offers no consultant filter to the other roles', async () => {
    await open(['consultant']);
    await answer();

    const loader = TestbedHarnessEnvironment.loader(fixture);
    expect(await loader.getAllHarnesses(MatSelectHarness)).toHaveLength(1);
    http.expectNone((request) => request.url === '/api/consultants');
  });
});
