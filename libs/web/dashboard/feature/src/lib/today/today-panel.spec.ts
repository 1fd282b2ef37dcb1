import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import type { Activity, PipelineStats, Reminder } from '@bep/contracts';
import { aLateItem, aStats } from '@bep/web/dashboard/data-access/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from './i18n/en';
import { fr } from './i18n/fr';
import { sendOutcomeSentences, TodayPanel } from './today-panel';

/** Tuesday 17 March 2026, 10:00 in Brussels. */
const AS_OF = '2026-03-17T09:00:00.000Z';

const gembloux: Activity = {
  id: '0b8d2c4e-1f3a-4b5c-9d7e-8f6a5b4c3d21',
  engagementId: 'e-92142',
  commune: { nis: '92142', name: 'Gembloux' },
  type: 'diagnostic',
  subject: 'Diagnostic personnalisé',
  scheduledAt: '2026-03-24T09:00:00.000Z',
  durationMinutes: 240,
  completedAt: null,
  location: null,
  outcome: null,
  participants: { contacts: [], consultants: [{ id: 'k1', name: 'Claire Dubois' }] },
  createdBy: null,
  createdAt: AS_OF,
  updatedAt: AS_OF,
};

const late: PipelineStats['late'] = {
  counts: { 'survey-unanswered': 7, 'diagnostic-not-scheduled': 1, 'activity-overdue': 0 },
  items: [
    ...['91005', '91013', '91030', '91034', '91054', '91059'].map((nis) => aLateItem('survey-unanswered', nis, `Commune ${nis}`, 8)),
    aLateItem('diagnostic-not-scheduled', '92138', 'Fernelmont', 2),
  ],
};

const reminder: Reminder = {
  id: '7b0d3c52-1f6e-4a8b-9d2c-3e5f7a9b1c24',
  rule: 'surveyUnanswered',
  status: 'scheduled',
  occurrence: 2,
  dueAt: '2026-03-23T07:00:00.000Z',
  sendAt: '2026-03-23T07:00:00.000Z',
  sentAt: null,
  skipReason: null,
  lastError: null,
  attempts: 0,
  engagement: { id: 'e-91005', communeNis: '91005', communeName: 'Anhée' },
  subjectId: null,
  recipients: null,
};

const page = <T>(items: T[], total = items.length) => ({ items, total, limit: 50, offset: 0 });

describe('TodayPanel', () => {
  let fixture: ComponentFixture<TodayPanel>;
  let http: HttpTestingController;
  let snackBar: { open: jest.Mock };

  async function open(inputs: { manager: boolean; consultantId?: string }): Promise<void> {
    snackBar = { open: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideI18nTesting({ today: { fr, en } }),
        { provide: MatSnackBar, useValue: snackBar },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TodayPanel);
    fixture.componentRef.setInput('manager', inputs.manager);
    if (inputs.consultantId) fixture.componentRef.setInput('consultantId', inputs.consultantId);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const one = (url: string): TestRequest => {
    const requests = http.match((request) => request.url === url);
    expect(requests).toHaveLength(1);
    return requests[0];
  };
  const element = () => fixture.nativeElement as HTMLElement;
  const texts = (selector: string) => Array.from(element().querySelectorAll(selector)).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

  async function answer(manager: boolean, lateItems = late, activities = [gembloux]): Promise<void> {
    one('/api/stats').flush(aStats({ asOf: AS_OF, late: lateItems }));
    one('/api/activities').flush(page(activities));
    if (manager) one('/api/reminders').flush(page([reminder], 9));
    await fixture.whenStable();
  }

  it("shows a manager the week's agenda by day, with the time, the place and the consultant, each commune linked", async () => {
    await open({ manager: true });
    await answer(true);

    expect(texts('h2')).toEqual(["Aujourd'hui / cette semaine"]);
    expect(texts('.intro')[0]).toBe("Diagnostics, ateliers et autres activités planifiés jusqu'au mardi 24 mars.");
    // Today, the quiet days folded into one line, then the day with Gembloux's diagnostic.
    expect(texts('.day-name')).toEqual(["Aujourd'hui, mardi 17 mars", 'Du mercredi 18 mars au lundi 23 mars', 'mardi 24 mars']);
    expect(texts('.day.empty .nothing')).toEqual(['Rien de prévu.', 'Rien de prévu.']);
    expect(texts('.event .time')).toEqual(['10:00']);
    expect(texts('.event .title')).toEqual(['DiagnosticGembloux']);
    expect(texts('.event .subject')).toEqual(['Diagnostic personnalisé']);
    expect(texts('.event .meta span')).toEqual(['Lieu : Gembloux (à préciser)', 'Consultant : Claire Dubois']);
    const link = element().querySelector('.event a');
    expect(link?.getAttribute('href')).toBe('/communes/92142');
    expect(link?.getAttribute('aria-label')).toBe('Ouvrir la page de Gembloux');
  });

  it('shows the place an activity gives, and its commune while it gives none', async () => {
    await open({ manager: true });
    const workshop: Activity = { ...gembloux, id: '5e1f0a9b-2c3d-4e5f-8a7b-6c5d4e3f2a10', type: 'workshop', scheduledAt: '2026-03-24T12:30:00.000Z', location: 'Visioconférence' };
    await answer(true, late, [{ ...gembloux, location: 'Hôtel de ville de Gembloux, salle du collège' }, workshop, { ...workshop, id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', location: null }]);

    expect(texts('.event .meta span:first-child')).toEqual([
      'Lieu : Hôtel de ville de Gembloux, salle du collège',
      'Lieu : Visioconférence',
      'Lieu : Gembloux (à préciser)',
    ]);
  });

  it('groups what is late with what needs a person first, each with its count and its one action', async () => {
    await open({ manager: true });
    await answer(true);

    expect(texts('.group h4')).toEqual(['Diagnostic non planifié 1 en retard', 'Questionnaire sans réponse 7 en retard']);
    const schedule = element().querySelector('.communes a');
    expect(schedule?.textContent?.trim()).toBe('Planifier le diagnostic');
    expect(schedule?.getAttribute('href')).toBe('/communes/92138?planifier=diagnostic');
    expect(schedule?.getAttribute('aria-label')).toBe('Planifier le diagnostic\u00a0: Fernelmont');
    // Five communes named, the rest counted.
    expect(texts('.names')[0]).toMatch(/^Les premiers : Commune 91005, Commune 91013, Commune 91030, Commune 91034, Commune 91054 et 2 autres$/);
    // 7 late, 6 listed by the API: the reminders reach all 7, and the button says no number.
    expect(texts('.group button')).toEqual(['Envoyer un rappel maintenant']);
  });

  it('sends the reminders now on request and says what happened', async () => {
    await open({ manager: true });
    await answer(true);

    (element().querySelector('.group button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect((element().querySelector('.group button') as HTMLButtonElement).disabled).toBe(true);
    // One request for the campaign of the late items shown.
    const request = one('/api/reminders/late-surveys/send-now');
    expect(request.request.body).toEqual({ campaignId: aStats().campaign?.id });
    request.flush({ sent: 5, without: 2 });
    await answer(true);

    expect(snackBar.open).toHaveBeenCalledWith('Rappels envoyés maintenant\u00a0: 5. Sans rappel à envoyer (série terminée)\u00a0: 2.', undefined, { duration: 8000 });
    expect((element().querySelector('.group button') as HTMLButtonElement).disabled).toBe(false);
  });

  it("says why nothing was sent, in the server's words", async () => {
    await open({ manager: true });
    await answer(true);

    (element().querySelector('.group button') as HTMLButtonElement).click();
    await fixture.whenStable();
    const detail = 'Only a reminder of an open campaign can be sent now; "Radioscopie numérique 2026" is closed.';
    one('/api/reminders/late-surveys/send-now').flush(
      { type: 'urn:bep:campaign-status', title: 'Not possible in this status', status: 409, detail },
      { status: 409, statusText: 'Conflict' },
    );
    await answer(true);

    expect(snackBar.open).toHaveBeenCalledWith(`Aucun rappel n'a été envoyé. ${detail}`, undefined, { duration: 8000 });
  });

  it("shows managers this week's reminders due, the first ones named, and the way to Rappels", async () => {
    await open({ manager: true });
    await answer(true);

    expect(texts('.reminders .count')).toEqual(['Cette semaine : 9']);
    expect(texts('.reminders-list li > *')).toEqual(['lundi 23 mars, 08:00', 'Rappel questionnaire', 'Anhée']);
    expect(element().querySelector('.reminders .more a')?.getAttribute('href')).toBe('/rappels');
  });

  it("gives a consultant their own agenda and late items, without the reminders nor the managers' action", async () => {
    await open({ manager: false, consultantId: 'k1' });
    const stats = one('/api/stats');
    expect(stats.request.params.get('consultantId')).toBe('k1');
    stats.flush(aStats({ asOf: AS_OF, late }));
    const activities = one('/api/activities');
    expect(activities.request.params.get('consultantId')).toBe('k1');
    activities.flush(page([gembloux]));
    await fixture.whenStable();

    expect(texts('.intro')[0]).toBe("Vos activités planifiées jusqu'au mardi 24 mars.");
    expect(element().querySelector('.reminders')).toBeNull();
    expect(texts('.group button')).toEqual([]);
    expect(texts('.automatic')).toEqual(["Les rappels automatiques relancent ces communes d'eux-mêmes."]);
  });

  it('offers, compact, a one-line summary of what is late with a toggle, and no toggle otherwise', async () => {
    await open({ manager: false, consultantId: 'k1' });
    await answer(false);
    expect(element().querySelector('.late-toggle')).toBeNull();

    fixture.componentRef.setInput('compact', true);
    await fixture.whenStable();
    // The same scope: nothing is read again.
    http.expectNone('/api/stats');
    expect(texts('#today-late-heading')).toEqual(['En retard (8)']);
    const toggle = element().querySelector<HTMLButtonElement>('.late-toggle');
    expect(toggle?.textContent?.trim()).toBe('Afficher');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle?.getAttribute('aria-controls')).toBe('today-late-body');
    expect(element().querySelector('.late.folded #today-late-body')).not.toBeNull();

    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.textContent?.trim()).toBe('Masquer');
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(element().querySelector('.late.folded')).toBeNull();
  });

  it('reads everything again on reload, for the same consultant', async () => {
    await open({ manager: false, consultantId: 'k1' });
    await answer(false);

    fixture.componentInstance.reload();
    await fixture.whenStable();
    const stats = one('/api/stats');
    expect(stats.request.params.get('consultantId')).toBe('k1');
    stats.flush(aStats({ asOf: AS_OF, late }));
    one('/api/activities').flush(page([gembloux]));
    await fixture.whenStable();
    expect(texts('.group h4')).toEqual(['Diagnostic non planifié 1 en retard', 'Questionnaire sans réponse 7 en retard']);
  });
});

describe('sendOutcomeSentences', () => {
  it.each([
    [{ sent: 3, without: 0, failure: null }, ['today.late.sent.done']],
    [{ sent: 2, without: 1, failure: null }, ['today.late.sent.done', 'today.late.sent.without']],
    [{ sent: 0, without: 4, failure: null }, ['today.late.sent.nothing']],
    [{ sent: 0, without: 0, failure: { status: 409, rule: 'campaign-status', detail: 'Closed.', fields: {} } }, ['today.late.sent.failed']],
  ])('says %p with %p', (outcome, keys) => {
    expect(sendOutcomeSentences(outcome).map((sentence) => sentence.key)).toEqual(keys);
  });
});
