import { By } from '@angular/platform-browser';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, input } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TodayPanel } from '@bep/web/dashboard/feature/today';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import type { Activity, CurrentUser, EngagementListItem, PipelineStats, Reminder, TransitionResult } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { aUser } from '@bep/web/auth/data-access/testing';
import { aReminder } from '@bep/web/notifications/data-access/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { MyCommunesPage } from './my-communes-page';

/** Stands in for "Aujourd'hui / cette semaine" (tested with the dashboard's libraries): it loads on its own. */
@Component({ selector: 'bep-today-panel', template: '' })
class FakeTodayPanel {
  readonly consultantId = input<string | null>(null);
  readonly compact = input(false);
  /** How many times the page asked it to read its parts again. */
  reloads = 0;
  reload(): void {
    this.reloads++;
  }
}

const CAMILLE = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', name: 'Camille Dubois' };
const LEA = { id: '5e8f6cfe-6ed4-45f6-bc7a-4450f7e0f86b', name: 'Léa Moreau' };
const AS_OF = '2019-06-03T10:00:00.000Z';

function engagement(id: string, name: string, nis: string, overrides: Partial<EngagementListItem> = {}): EngagementListItem {
  return {
    id,
    campaignId: 'a7e1c0de-0000-4000-8000-000000000001',
    commune: { nis, name, arrondissement: 'Namur' },
    stage: 'diagnostic_requested',
    stageEnteredAt: '2019-05-03T08:15:00.000Z',
    version: 3,
    lead: CAMILLE,
    consultants: [{ ...CAMILLE, isLead: true }],
    work: { diagnosticDone: true, workshopDone: true },
    ...overrides,
  };
}

const gembloux = engagement('00000000-0000-4000-8000-000000000001', 'Gembloux', '92142');
const fernelmont = engagement('00000000-0000-4000-8000-000000000002', 'Fernelmont', '92138', {
  stage: 'accompaniment',
  lead: LEA,
  consultants: [
    { ...LEA, isLead: true },
    { ...CAMILLE, isLead: false },
  ],
});
const rochefort = engagement('00000000-0000-4000-8000-000000000003', 'Rochefort', '91114', { stage: 'declined' });

const workshop: Activity = {
  id: '00000000-0000-4000-8000-0000000000a1',
  engagementId: gembloux.id,
  commune: { nis: '92142', name: 'Gembloux' },
  type: 'workshop',
  subject: "Atelier d'idéation",
  scheduledAt: '2019-06-12T12:00:00.000Z',
  durationMinutes: 240,
  completedAt: null,
  location: null,
  outcome: null,
  participants: { contacts: [], consultants: [CAMILLE] },
  createdBy: null,
  createdAt: '2019-05-20T08:00:00.000Z',
  updatedAt: '2019-05-20T08:00:00.000Z',
};
const overdueCall: Activity = { ...workshop, id: '00000000-0000-4000-8000-0000000000a2', type: 'call', subject: 'Appeler la directrice générale', scheduledAt: '2019-06-01T08:00:00.000Z' };
function stats(): PipelineStats {
  return {
    campaign: { id: 'a7e1c0de-0000-4000-8000-000000000001', name: 'Radioscopie numérique 2019', deadline: '2019-12-31' },
    asOf: AS_OF,
    total: 3,
    stages: [],
    conversion: [],
    late: { counts: { 'survey-unanswered': 0, 'diagnostic-not-scheduled': 0, 'activity-overdue': 0 }, items: [] },
  };
}

describe('MyCommunesPage', () => {
  let fixture: ComponentFixture<MyCommunesPage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;

  async function open(user: CurrentUser): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideI18nTesting({ myCommunes: { fr, en } }),
        // The dialog closes at once, without waiting for an animation jsdom does not run.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.overrideComponent(MyCommunesPage, { remove: { imports: [TodayPanel] }, add: { imports: [FakeTodayPanel] } });
    http = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthStore).ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user });
    await loaded;
    fixture = TestBed.createComponent(MyCommunesPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  }

  const camille = () => open(aUser(['consultant'], { name: CAMILLE.name, email: 'consultant1@bep.demo', consultantId: CAMILLE.id }));
  const element = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => element().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  /** The texts of the paragraphs in `container`, as a reader sees them line by line. */
  const lines = (container: Element | null) =>
    Array.from(container?.querySelectorAll('p') ?? []).map((line) => line.textContent?.replace(/\s+/g, ' ').trim());
  const cards = () => Array.from(element().querySelectorAll('bep-my-engagement-card'));
  const todayPanel = () => fixture.debugElement.query(By.directive(FakeTodayPanel)).componentInstance as FakeTodayPanel;
  const card = (name: string) => cards().find((candidate) => candidate.querySelector('h3')?.textContent?.includes(name)) as HTMLElement;

  const SETTINGS = {
    surveyUnanswered: { enabled: true, firstAfterDays: 14, repeatEveryDays: 7, maxCount: 3 },
    invoiceOverdue: { enabled: true, firstAfterDays: 1, repeatEveryDays: 15, maxCount: 3 },
  };

  /** Answers a load: engagements, activities, the figures (the server's clock), then the scheduled reminders (a 500 with `'fail'`). */
  async function answer(engagements: EngagementListItem[], activities: Activity[] = [], reminders: Reminder[] | 'fail' = []): Promise<void> {
    const page = <T>(items: T[]) => ({ items, total: items.length, limit: 200, offset: 0 });
    http.expectOne((request) => request.url === '/api/engagements' && request.params.get('consultantId') === CAMILLE.id).flush(page(engagements));
    http.expectOne((request) => request.url === '/api/activities' && request.params.get('pending') === 'true').flush(page(activities));
    http.expectOne((request) => request.url === '/api/stats').flush(stats());
    const scheduled = http.expectOne('/api/reminders?limit=200&status=scheduled');
    if (reminders === 'fail') scheduled.flush({ title: 'Erreur' }, { status: 500, statusText: 'Error' });
    else scheduled.flush(page(reminders));
    for (const campaign of http.match('/api/campaigns/current')) campaign.flush({ id: 'c0', reminderSettings: SETTINGS });
    await fixture.whenStable();
  }

  /** Lets the move's promise chain (answer, outcome, notice) run, then renders. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('shows the consultant’s engagements as cards, with their stage, days in stage and place in the team', async () => {
    await camille();
    expect(element().querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Chargement de vos communes');

    await answer([fernelmont, gembloux, rochefort]);

    expect(element().querySelector('mat-progress-bar')).toBeNull();
    expect(text('h1')).toBe('Mes communes');
    expect(Array.from(element().querySelectorAll('h2')).map((heading) => heading.textContent?.trim())).toEqual(['Mes engagements']);
    expect(cards().map((item) => item.querySelector('h3')?.textContent?.trim())).toEqual(['Fernelmont', 'Gembloux', 'Rochefort']);

    const mine = card('Gembloux');
    expect(mine.querySelector('h3 a')?.getAttribute('href')).toBe('/communes/92142');
    expect(mine.textContent).toContain('Diagnostic demandé');
    expect(mine.textContent).toContain('depuis 31 j');
    expect(mine.textContent).toContain('Vous êtes responsable');
    expect(mine.querySelector('button.move')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Passer à « Atelier tenu » (Gembloux)');
    // First on the card: what is due next (no activity planned: what the stage calls for) and the quick log.
    expect(lines(mine.querySelector('bep-next-due-note'))).toEqual(['À faire ensuite', "Planifier et tenir le diagnostic, puis l'atelier"]);
    expect(Array.from(mine.querySelectorAll('bep-quick-log-buttons button')).map((button) => button.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Appel – consigner pour Gembloux',
      'Note – consigner pour Gembloux',
      'Réunion – consigner pour Gembloux',
    ]);

    const team = card('Fernelmont');
    expect(team.textContent).toContain("Membre de l'équipe");
    expect(team.textContent).toContain('Responsable\u00a0: Léa Moreau');
    expect(team.querySelector('button.move')).toBeNull();
    expect(team.textContent).toContain('Dernière étape du parcours.');

    expect(card('Rochefort').querySelector('button')).toBeNull();
    expect(card('Rochefort').textContent).toContain('Engagement clôturé.');
  });

  it('shows on each card its next reminders, in Brussels time, from one call for the page', async () => {
    await camille();
    const gemblouxRef = { id: gembloux.id, communeNis: '92142', communeName: 'Gembloux' };
    await answer([fernelmont, gembloux], [], [
      aReminder({ id: 'r2', engagement: gemblouxRef, occurrence: 2, sendAt: '2026-03-23T08:00:00.000Z' }),
      aReminder({ id: 'r3', engagement: gemblouxRef, occurrence: 3, sendAt: '2026-03-30T07:00:00.000Z' }),
      aReminder({ id: 'r4', engagement: gemblouxRef, rule: 'upcomingEvent', occurrence: 1, sendAt: '2026-04-06T07:00:00.000Z' }),
    ]);

    const reminders = (name: string) =>
      Array.from(card(name).querySelectorAll('.reminders dt, .reminders dd')).map((line) => line.textContent?.replace(/\s+/g, ' ').trim());
    expect(reminders('Gembloux')).toEqual(['Prochains rappels', 'Rappel questionnaire (2 sur 3) le 23 mars à 09:00', 'Rappel questionnaire (3 sur 3) le 30 mars à 09:00']);
    expect(card('Gembloux').querySelector('.reminders time')?.getAttribute('datetime')).toBe('2026-03-23T08:00:00.000Z');
    expect(card('Fernelmont').querySelector('.reminders')).toBeNull();

    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    fixture.detectChanges();
    expect(reminders('Gembloux')[1]).toBe('Survey reminder (2 of 3) on 23 March at 09:00');
    TestBed.inject(LanguageStore).use('fr');
  });

  it('names a single next reminder in the singular', async () => {
    await camille();
    await answer([gembloux], [], [aReminder({ rule: 'diagnosticNotScheduled', occurrence: 1, engagement: { id: gembloux.id, communeNis: '92142', communeName: 'Gembloux' } })]);

    expect(Array.from(card('Gembloux').querySelectorAll('.reminders dt, .reminders dd')).map((line) => line.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Prochain rappel',
      'Rappel diagnostic non planifié le 23 mars à 09:00',
    ]);
  });

  it('shows the cards without reminders when these cannot be read, and says so', async () => {
    await camille();
    await answer([gembloux], [], 'fail');

    expect(cards()).toHaveLength(1);
    expect(text('.reminders-failed')).toBe("Les prochains rappels n'ont pas pu être chargés.");
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });

  it("opens with the consultant's Aujourd'hui panel, compact, and no second list of what is due", async () => {
    await camille();
    await answer([gembloux], [overdueCall, workshop]);

    const today = fixture.debugElement.query(By.directive(FakeTodayPanel)).componentInstance as FakeTodayPanel;
    expect(element().querySelector('header + bep-today-panel')).not.toBeNull();
    expect(today.consultantId()).toBe(CAMILLE.id);
    expect(today.compact()).toBe(true);
    // Its first load is its own.
    expect(today.reloads).toBe(0);
    expect(Array.from(element().querySelectorAll('h2')).map((heading) => heading.textContent?.trim())).toEqual(['Mes engagements']);
  });

  it('puts first on a card its soonest planned activity, flagged when late', async () => {
    await camille();
    await answer([gembloux], [workshop, overdueCall]);

    expect(lines(card('Gembloux').querySelector('bep-next-due-note'))).toEqual([
      'À faire ensuite',
      'En retard · Appel · Appeler la directrice générale, prévu le 01/06/2019 10:00',
    ]);
  });

  it('logs a call from a card in three taps: Appel, the outcome, Enregistrer; then says so and reloads', async () => {
    await camille();
    await answer([gembloux]);

    await (await loader.getHarness(MatButtonHarness.with({ text: /^Appel/ }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Appel · Gembloux');
    await (await dialog.getHarness(MatButtonToggleHarness.with({ text: 'Pas de réponse' }))).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();

    const request = http.expectOne(`/api/engagements/${gembloux.id}/activities`);
    expect(request.request.body).toEqual({
      type: 'call',
      subject: 'Appel',
      scheduledAt: null,
      location: null,
      completed: true,
      outcome: 'Pas de réponse',
      participants: { contactIds: [], consultantIds: [] },
    });
    request.flush({ ...overdueCall, completedAt: AS_OF, outcome: 'Pas de réponse' });
    await settle();

    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain('Appel enregistré pour Gembloux. Pas de réponse.');
    expect(await documentLoader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    await answer([gembloux]);
    // The call may have been what was late: the panel reads its parts again with the list.
    expect(todayPanel().reloads).toBe(1);
  });

  it('says when nothing is assigned', async () => {
    await camille();
    await answer([]);

    expect(text('section.engagements .bep-empty-state')).toBe('Aucune commune ne vous est attribuée pour le moment.');
  });

  it('tells an account linked to no consultant what to do, and asks the API nothing', async () => {
    await open(aUser(['consultant'], { consultantId: null }));

    expect(lines(element().querySelector('[role="note"]'))).toEqual([
      "Votre compte n'est lié à aucun consultant.",
      "Cette page montre les communes d'un consultant d'Ocalia. Demandez à un administrateur de lier votre compte à votre fiche de consultant.",
    ]);
    expect(cards()).toHaveLength(0);
  });

  it('shows why the load failed and retries', async () => {
    await camille();
    http
      .expectOne((request) => request.url === '/api/engagements')
      .flush({ type: 'about:blank', title: 'Service indisponible', status: 503, detail: 'La base de données ne répond pas.' }, { status: 503, statusText: 'Unavailable' });
    http.match(() => true);
    await fixture.whenStable();

    expect(text('[role="alert"]')).toContain('Impossible de charger vos communes. La base de données ne répond pas.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    await answer([gembloux]);

    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(cards()).toHaveLength(1);
  });

  describe('quick move', () => {
    /** Answers the read of the campaign's billing terms that a move makes before its question (billing at Atelier tenu). */
    async function answerBillingTerms(): Promise<void> {
      await settle();
      for (const request of http.match((r) => r.url.startsWith('/api/campaigns/'))) {
        request.flush({ billingStage: 'workshop_held', prices: { diagnostic: { priceCents: 150_000, bepShareBp: 5000 } } });
      }
      await settle();
    }

    async function confirmMove(note: string): Promise<void> {
      await (await loader.getHarness(MatButtonHarness.with({ text: /Passer à «\sAtelier tenu\s»/ }))).click();
      await answerBillingTerms();
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Passer Gembloux à «\u00a0Atelier tenu\u00a0»\u00a0?');
      expect(await dialog.getContentText()).toContain('Vous pouvez ajouter une note à ce passage.');
      // Atelier tenu is the campaign's billing stage: the question says what is billed.
      expect((await dialog.getContentText()).replace(/\s+/g, ' ')).toContain('un brouillon de facture de 750,00 € hors TVA');
      await (await dialog.getHarness(MatInputHarness)).setValue(note);
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer et facturer' }))).click();
      await fixture.whenStable();
    }

    it('asks for confirmation, sends the next stage with the version seen and the note, then says it is done', async () => {
      await camille();
      await answer([gembloux], []);

      await confirmMove('Diagnostic remis au collège');
      const post = http.expectOne(`/api/engagements/${gembloux.id}/transitions`);
      expect(post.request.method).toBe('POST');
      expect(post.request.body).toEqual({ to: 'workshop_held', version: 3, note: 'Diagnostic remis au collège' });
      post.flush({ id: gembloux.id, stage: 'workshop_held', stageEnteredAt: AS_OF, version: 4, lead: CAMILLE, kind: 'forward' } satisfies TransitionResult);
      await settle();

      expect(text('[role="status"]')).toBe("Gembloux : passage à l'étape « Atelier tenu » enregistré.");
      expect(card('Gembloux').textContent).toContain('Atelier tenu');
      expect(card('Gembloux').textContent).toContain("depuis aujourd'hui");
      await answer([{ ...gembloux, stage: 'workshop_held', version: 4 }]);
      expect(card('Gembloux').querySelector('button.move')?.textContent).toContain('Passer à «\u00a0Accompagnement\u00a0»');
      // The stage changed what is late: the panel reads its parts again.
      expect(todayPanel().reloads).toBe(1);
    });

    it('sends nothing when the consultant cancels', async () => {
      await camille();
      await answer([gembloux]);

      await (await loader.getHarness(MatButtonHarness.with({ text: /Passer à «\sAtelier tenu\s»/ }))).click();
      await answerBillingTerms();
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
      await fixture.whenStable();

      http.expectNone(`/api/engagements/${gembloux.id}/transitions`);
    });

    it('on 409 says that the commune changed meanwhile and reloads the list', async () => {
      await camille();
      await answer([gembloux]);

      await confirmMove('');
      const post = http.expectOne(`/api/engagements/${gembloux.id}/transitions`);
      expect(post.request.body).toEqual({ to: 'workshop_held', version: 3 });
      post.flush(
        { type: 'about:blank', title: 'Conflict', status: 409, detail: 'The engagement changed meanwhile (version 4, not 3); reload it and try again.' },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();

      expect(text('[role="alert"]')).toBe(
        "Gembloux a été modifiée entre-temps et rien n'a changé. La liste est rechargée : vérifiez l'étape, puis réessayez.",
      );
      await answer([{ ...gembloux, stage: 'workshop_held', version: 4 }]);
      expect(card('Gembloux').textContent).toContain('Atelier tenu');
    });

    it('on 422 names the stage rule that refused the move', async () => {
      await camille();
      await answer([gembloux]);

      await confirmMove('');
      http.expectOne(`/api/engagements/${gembloux.id}/transitions`).flush(
        { type: 'urn:bep:stage-rule:skip-or-backward-needs-manager', title: 'Stage rule broken', status: 422, detail: 'Only a manager may skip a stage or move backward.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
      await settle();

      expect(text('[role="alert"]')).toBe('Seul un gestionnaire BEP peut faire sauter une étape à Gembloux ou la faire reculer.');
    });

    it('says that the move failed, and why, when the server does not answer', async () => {
      await camille();
      await answer([gembloux]);

      await confirmMove('');
      http.expectOne(`/api/engagements/${gembloux.id}/transitions`).error(new ProgressEvent('error'));
      await settle();

      expect(text('[role="alert"]')).toBe(
        "Le passage de Gembloux à l'étape suivante a échoué. Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.",
      );
      expect(card('Gembloux').textContent).toContain('Diagnostic demandé');
    });
  });
});
