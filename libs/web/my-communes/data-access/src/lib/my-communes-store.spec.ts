import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Activity, ActivityPage, CurrentUser, EngagementListItem, EngagementPage, PipelineStats, TransitionResult } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { aUser } from '@bep/web/auth/data-access/testing';
import { type BillingTerms, MoveFeedback } from '@bep/web/engagements/data-access';
import { aReminder } from '@bep/web/notifications/data-access/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import type { Reminder } from '@bep/contracts';
import { MyCommunesStore } from './my-communes-store';

const ME = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const AS_OF = '2019-06-03T10:00:00.000Z';

function engagement(id: string, name: string, overrides: Partial<EngagementListItem> = {}): EngagementListItem {
  return {
    id,
    campaignId: 'c0c0c0c0-0000-4000-8000-000000000000',
    commune: { nis: `9${id.slice(0, 4)}`, name, arrondissement: 'Namur' },
    stage: 'diagnostic_requested',
    stageEnteredAt: '2019-05-03T08:15:00.000Z',
    version: 3,
    lead: { id: ME, name: 'Camille Dubois' },
    consultants: [{ id: ME, name: 'Camille Dubois', isLead: true }],
    work: { diagnosticDone: true, workshopDone: true },
    ...overrides,
  };
}

function activity(id: string, scheduledAt: string, subject: string): Activity {
  return {
    id,
    engagementId: 'e1',
    commune: { nis: '92142', name: 'Gembloux' },
    type: 'diagnostic',
    subject,
    scheduledAt,
    durationMinutes: 240,
    completedAt: null,
    location: null,
    outcome: null,
    participants: { contacts: [], consultants: [{ id: ME, name: 'Camille Dubois' }] },
    createdBy: null,
    createdAt: '2019-05-10T08:00:00.000Z',
    updatedAt: '2019-05-10T08:00:00.000Z',
  };
}

/** The figures: the store reads only the server's clock in them (the late items are the Aujourd'hui panel's). */
function stats(): PipelineStats {
  return {
    campaign: { id: 'c0c0c0c0-0000-4000-8000-000000000000', name: 'Radioscopie numérique 2019', deadline: '2019-12-31' },
    asOf: AS_OF,
    total: 2,
    stages: [],
    conversion: [],
    late: { counts: { 'survey-unanswered': 0, 'diagnostic-not-scheduled': 0, 'activity-overdue': 0 }, items: [] },
  };
}

const gembloux = engagement('e1000000-0000-4000-8000-000000000001', 'Gembloux');
const fernelmont = engagement('e2000000-0000-4000-8000-000000000002', 'Fernelmont', {
  stage: 'accompaniment',
  stageEnteredAt: '2019-06-02T21:30:00.000Z',
  lead: { id: OTHER, name: 'Léa Moreau' },
  consultants: [
    { id: OTHER, name: 'Léa Moreau', isLead: true },
    { id: ME, name: 'Camille Dubois', isLead: false },
  ],
});
const overdue = activity('a1', '2019-06-01T08:00:00.000Z', 'Diagnostic à Gembloux');
const upcoming = activity('a2', '2019-06-12T12:00:00.000Z', 'Atelier à Gembloux');
describe('MyCommunesStore', () => {
  let store: MyCommunesStore;
  let http: HttpTestingController;

  /** Signs `user` in through the sign-in form's call. */
  async function signIn(user: CurrentUser): Promise<void> {
    const signedIn = TestBed.inject(AuthStore).login(user.email, 'demo-bep-2019');
    http.expectOne('/api/auth/login').flush({ user, accessToken: 'token' });
    await signedIn;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), MyCommunesStore] });
    store = TestBed.inject(MyCommunesStore);
    http = TestBed.inject(HttpTestingController);
    await signIn(aUser(['consultant'], { consultantId: ME }));
  });

  afterEach(() => http.verify());

  const page = <T>(items: T[]) => ({ items, total: items.length, limit: 200, offset: 0 });

  const SETTINGS = {
    surveyUnanswered: { enabled: true, firstAfterDays: 14, repeatEveryDays: 7, maxCount: 3 },
    invoiceOverdue: { enabled: true, firstAfterDays: 1, repeatEveryDays: 15, maxCount: 3 },
  };

  /** Answers the scheduled reminders of a load (and the current campaign's series, asked once). */
  function answerReminders(reminders: Reminder[] = []): TestRequest {
    const request = http.expectOne('/api/reminders?limit=200&status=scheduled');
    request.flush(page(reminders));
    for (const campaign of http.match('/api/campaigns/current')) campaign.flush({ id: 'c0', reminderSettings: SETTINGS });
    return request;
  }

  /** Answers the three calls of a load, then its scheduled reminders. */
  function answer(engagements: EngagementListItem[], activities: Activity[], reminders: Reminder[] = []): TestRequest[] {
    const requests = [
      http.expectOne((request) => request.url === '/api/engagements'),
      http.expectOne((request) => request.url === '/api/activities'),
      http.expectOne((request) => request.url === '/api/stats'),
    ];
    requests[0].flush({ ...page(engagements), nextCursor: null } satisfies EngagementPage);
    requests[1].flush(page(activities) satisfies ActivityPage);
    requests[2].flush(stats());
    answerReminders(reminders);
    return requests;
  }

  it('asks for the consultant’s engagements, pending activities and the figures (the server’s clock)', () => {
    store.load();
    expect(store.loading()).toBe(true);

    const [engagements, activities, figures] = answer([gembloux], []);

    expect(engagements.request.params.get('consultantId')).toBe(ME);
    expect(engagements.request.params.get('limit')).toBe('200');
    expect(activities.request.params.get('consultantId')).toBe(ME);
    expect(activities.request.params.get('pending')).toBe('true');
    expect(figures.request.params.get('consultantId')).toBe(ME);
    expect(store.loading()).toBe(false);
    expect(store.loaded()).toBe(true);
  });

  it('says for each engagement its days in stage, whether the consultant leads it and its next stage', () => {
    store.load();
    answer([fernelmont, gembloux], []);

    expect(store.engagements()).toEqual([
      // Entered at 23:30 in Brussels the evening before: one calendar day.
      expect.objectContaining({ commune: fernelmont.commune, isLead: false, daysInStage: 1, nextStage: null, lead: fernelmont.lead }),
      expect.objectContaining({ commune: gembloux.commune, isLead: true, daysInStage: 31, nextStage: 'workshop_held', workFirst: null, version: 3 }),
    ]);
  });

  it('offers no quick move to Atelier tenu before its work is recorded as done, and says what to record first', () => {
    store.load();
    answer([{ ...gembloux, work: { diagnosticDone: true, workshopDone: false } }], []);

    expect(store.engagements()).toEqual([expect.objectContaining({ commune: gembloux.commune, nextStage: null, workFirst: 'workshop' })]);
  });

  it('gives each engagement its soonest pending activity, flagged when overdue, and counts its loads for the page', () => {
    const [later, late] = [upcoming, overdue].map((planned) => ({ ...planned, engagementId: gembloux.id }));
    expect(store.loads()).toBe(0);
    store.load();
    answer([gembloux], [later, late]);

    expect(store.engagements()[0]?.nextDue).toEqual({ kind: 'activity', activity: late, overdue: true });
    expect(store.loads()).toBe(1);
    store.load();
    expect(store.loads()).toBe(2);
    answer([gembloux], [later]);
    expect(store.engagements()[0]?.nextDue).toEqual({ kind: 'activity', activity: later, overdue: false });
  });

  it('keeps the failure for a retry, then clears it', () => {
    store.load();
    http.expectOne((request) => request.url === '/api/engagements').flush(null, { status: 500, statusText: 'Error' });
    // One failure is enough: the other calls of the load are dropped (the reminders come apart).
    answerReminders();
    expect(http.match((request) => request.url !== '/api/engagements').every((request) => request.cancelled)).toBe(true);
    expect(store.loading()).toBe(false);
    expect(store.error()).toEqual(expect.objectContaining({ status: 500 }));

    store.load();
    expect(store.error()).toBeNull();
    answer([gembloux], []);
    expect(store.engagements()).toHaveLength(1);
  });

  describe('move', () => {
    beforeEach(() => {
      store.load();
      answer([gembloux], []);
    });

    /** The campaign's terms the move was confirmed by (billingTerms): billing at Atelier tenu, 750,00 €. */
    const AT_WORKSHOP: BillingTerms = { billingStage: 'workshop_held', communeShareCents: 75_000 };

    const TRANSITIONS = `/api/engagements/${gembloux.id}/transitions`;
    const moved: TransitionResult = { id: gembloux.id, stage: 'workshop_held', stageEnteredAt: AS_OF, version: 4, lead: gembloux.lead, kind: 'forward' };

    it('reads the campaign’s billing terms for each move: a manager’s change to them counts at once', async () => {
      const CAMPAIGN = `/api/campaigns/${gembloux.campaignId}`;
      const before = store.billingTerms(gembloux);
      http.expectOne(CAMPAIGN).flush({ billingStage: 'workshop_held', prices: { diagnostic: { priceCents: 150_000, bepShareBp: 5000 } } });
      expect(await before).toEqual(AT_WORKSHOP);

      const after = store.billingTerms(gembloux);
      http.expectOne(CAMPAIGN).flush({ billingStage: 'diagnostic_requested', prices: { diagnostic: { priceCents: 200_000, bepShareBp: 5000 } } });
      expect(await after).toEqual({ billingStage: 'diagnostic_requested', communeShareCents: 100_000 });
    });

    it('posts the next stage with the version seen, shows the moved engagement, then reloads', async () => {
      const [mine] = store.engagements();
      const result = store.move(mine, 'workshop_held', { billing: AT_WORKSHOP, note: '  Diagnostic remis le 3 juin  ' });
      expect(store.moving().has(mine.id)).toBe(true);

      const post = http.expectOne(TRANSITIONS);
      expect(post.request.method).toBe('POST');
      expect(post.request.body).toEqual({ to: 'workshop_held', version: 3, note: 'Diagnostic remis le 3 juin' });
      post.flush(moved);

      expect(await result).toEqual({ status: 'moved', engagement: moved });
      expect(store.moving().size).toBe(0);
      expect(store.engagements()[0]).toEqual(
        expect.objectContaining({ stage: 'workshop_held', version: 4, daysInStage: 0, nextStage: 'accompaniment', lead: gembloux.lead, isLead: true }),
      );
      expect(store.loading()).toBe(true);
      answer([{ ...gembloux, stage: 'workshop_held', version: 4 }], []);
      // The page reloads its Aujourd'hui panel with the list.
      expect(store.loads()).toBe(2);
    });

    it('says what happened through the shared message, whose move back follows the stage rules for this user', async () => {
      const announce = jest.spyOn(TestBed.inject(MoveFeedback), 'announce').mockImplementation(() => undefined);
      const [mine] = store.engagements();
      const result = store.move(mine, 'workshop_held', { billing: AT_WORKSHOP });
      http.expectOne(TRANSITIONS).flush(moved);
      await result;
      answer([{ ...gembloux, stage: 'workshop_held', version: 4 }], []);

      expect(announce).toHaveBeenCalledWith(
        expect.objectContaining({ commune: 'Gembloux', from: 'diagnostic_requested', moved, actor: 'assigned-consultant', billing: AT_WORKSHOP }),
      );
      // The move back goes through the same rules, as this consultant: going backward is a manager's.
      expect(await announce.mock.calls[0][0].moveBack('diagnostic_requested', 'Annulé')).toEqual(
        expect.objectContaining({ status: 'refused', rule: 'skip-or-backward-needs-manager' }),
      );
      http.expectNone(TRANSITIONS);
    });

    it('sends no note when none is given', async () => {
      const result = store.move(store.engagements()[0], 'workshop_held', { billing: AT_WORKSHOP });
      const post = http.expectOne(TRANSITIONS);
      expect(post.request.body).toEqual({ to: 'workshop_held', version: 3 });
      post.flush(moved);
      await result;
      answer([gembloux], []);
    });

    it('reloads on 409 and says the engagement changed meanwhile', async () => {
      const result = store.move(store.engagements()[0], 'workshop_held', { billing: AT_WORKSHOP });
      http
        .expectOne(TRANSITIONS)
        .flush({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'The engagement changed meanwhile.' }, { status: 409, statusText: 'Conflict' });

      expect(await result).toEqual({ status: 'conflict', failure: { status: 409, rule: null, detail: 'The engagement changed meanwhile.', fields: {} } });
      expect(store.engagements()[0].stage).toBe('diagnostic_requested');
      answer([{ ...gembloux, stage: 'workshop_held', version: 4 }], []);
      expect(store.engagements()[0]).toEqual(expect.objectContaining({ stage: 'workshop_held', version: 4 }));
    });

    it('names the stage rule of a 422, without reloading', async () => {
      const result = store.move(store.engagements()[0], 'workshop_held', { billing: AT_WORKSHOP });
      http.expectOne(TRANSITIONS).flush(
        { type: 'urn:bep:stage-rule:skip-or-backward-needs-manager', title: 'Stage rule broken', status: 422, detail: 'Only a manager may skip a stage or move backward.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );

      expect(await result).toEqual({
        status: 'rule-broken',
        rule: 'skip-or-backward-needs-manager',
        failure: { status: 422, rule: 'skip-or-backward-needs-manager', detail: 'Only a manager may skip a stage or move backward.', fields: {} },
      });
      http.expectNone((request) => request.url === '/api/engagements');
    });

    it('reloads on 403: the engagement is no longer the consultant’s', async () => {
      const result = store.move(store.engagements()[0], 'workshop_held', { billing: AT_WORKSHOP });
      http.expectOne(TRANSITIONS).flush({ type: 'about:blank', title: 'Forbidden', status: 403 }, { status: 403, statusText: 'Forbidden' });

      expect(await result).toEqual({ status: 'forbidden', failure: { status: 403, rule: null, detail: 'Forbidden', fields: {} } });
      answer([], []);
      expect(store.engagements()).toEqual([]);
    });

    it('passes any other failure on', async () => {
      const result = store.move(store.engagements()[0], 'workshop_held', { billing: AT_WORKSHOP });
      http.expectOne(TRANSITIONS).error(new ProgressEvent('error'));

      expect(await result).toEqual({ status: 'failed', failure: { status: 0, rule: null, detail: null, fields: {} } });
    });

    it('refuses, before any request, a move the rules keep for managers', async () => {
      const result = await store.move(store.engagements()[0], 'accompaniment', { billing: AT_WORKSHOP, note: 'Sans atelier' });
      expect(result).toEqual(expect.objectContaining({ status: 'refused', rule: 'skip-or-backward-needs-manager' }));
      expect(store.moving().size).toBe(0);
      http.expectNone(TRANSITIONS);
    });
  });

  describe('next reminders', () => {
    const gemblouxRef = { id: gembloux.id, communeNis: '92142', communeName: 'Gembloux' };
    const fernelmontRef = { id: fernelmont.id, communeNis: '92138', communeName: 'Fernelmont' };

    it("gives each engagement its next scheduled reminders, soonest first, two at most, from one call for the page", () => {
      store.load();
      answer([gembloux, fernelmont], [], [
        aReminder({ id: 'r3', engagement: gemblouxRef, occurrence: 3, sendAt: '2026-03-30T07:00:00.000Z' }),
        aReminder({ id: 'r1', engagement: gemblouxRef, occurrence: 1, sendAt: '2026-03-16T08:00:00.000Z' }),
        aReminder({ id: 'r2', engagement: gemblouxRef, occurrence: 2, sendAt: '2026-03-23T08:00:00.000Z' }),
        aReminder({ id: 'f1', engagement: fernelmontRef, rule: 'upcomingEvent', occurrence: 1 }),
      ]);

      expect(store.engagements().map((engagement) => engagement.nextReminders.map((reminder) => reminder.id))).toEqual([['r1', 'r2'], ['f1']]);
      expect(store.seriesLengths()).toEqual({ surveyUnanswered: 3, invoiceOverdue: 3 });
    });

    it('shows the engagements without them when they cannot be read, and says so', () => {
      store.load();
      http.expectOne('/api/reminders?limit=200&status=scheduled').flush(null, { status: 500, statusText: 'Error' });
      http.expectOne('/api/campaigns/current').flush({ id: 'c0', reminderSettings: SETTINGS });
      http.expectOne((request) => request.url === '/api/engagements').flush(page([gembloux]));
      http.expectOne((request) => request.url === '/api/activities').flush(page([]));
      http.expectOne((request) => request.url === '/api/stats').flush(stats());

      expect(store.engagements()).toEqual([expect.objectContaining({ commune: gembloux.commune, nextReminders: [] })]);
      expect(store.remindersFailure()?.status).toBe(500);
      expect(store.error()).toBeNull();
    });

    it('asks for the campaign series once, the reminders at each load', () => {
      store.load();
      answer([gembloux], []);
      store.load();
      answer([gembloux], [], [aReminder({ engagement: gemblouxRef })]);
      http.expectNone('/api/campaigns/current');
      expect(store.engagements()[0].nextReminders).toHaveLength(1);
    });
  });

  it('loads nothing for an account linked to no consultant', async () => {
    await signIn(aUser(['consultant'], { consultantId: null }));
    store.load();

    expect(store.consultantId()).toBeNull();
    expect(store.loading()).toBe(false);
    http.expectNone((request) => request.url.startsWith('/api/'));
  });

  it('never shows another consultant’s communes, not even while loading theirs', async () => {
    store.load();
    answer([gembloux], []);

    await signIn(aUser(['consultant'], { consultantId: OTHER, email: 'consultant5@bep.demo' }));
    expect(store.engagements()).toEqual([]);
    store.load();
    expect(store.engagements()).toEqual([]);
    const [engagements] = answer([fernelmont], []);
    expect(engagements.request.params.get('consultantId')).toBe(OTHER);
    expect(store.engagements()).toEqual([expect.objectContaining({ commune: fernelmont.commune, isLead: true })]);
  });

  it('offers no quick move on a closed engagement (reopening is for managers) nor at the last stage', async () => {
    store.load();
    answer([{ ...gembloux, stage: 'declined' }, { ...fernelmont, lead: gembloux.lead }], []);
    expect(store.engagements().map((engagement) => engagement.nextStage)).toEqual([null, null]);
  });
});
