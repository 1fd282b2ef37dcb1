import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser, ProblemDetails } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import { AuthStore } from '@bep/web/auth/data-access';
import { aUser } from '@bep/web/auth/data-access/testing';
import { aCard, aPipeline, aTransitionResult, CAMILLE, SARAH } from '../testing';
import type { BoardCard } from './board';
import { NO_FILTERS } from './board-filters';
import { PipelineBoardStore } from './pipeline-board-store';

const gembloux = aCard('Gembloux', { lead: CAMILLE, version: 4 });
const ciney = aCard('Ciney', { lead: SARAH, commune: { nis: '91030', name: 'Ciney', arrondissement: 'Dinant', population: 16000 } });
const andenne = aCard('Andenne');
const board = aPipeline({ diagnostic_requested: [gembloux, ciney], survey_sent: [andenne] }, { survey_sent: 32 });

const problem = (status: number, detail: string, type = 'about:blank'): ProblemDetails => ({ type, title: 'Refusé', status, detail });

describe('PipelineBoardStore', () => {
  let http: HttpTestingController;
  let store: PipelineBoardStore;

  async function setUp(user: CurrentUser = aUser(['manager'])): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), PipelineBoardStore] });
    http = TestBed.inject(HttpTestingController);
    const signedIn = TestBed.inject(AuthStore).ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user });
    await signedIn;
    store = TestBed.inject(PipelineBoardStore);
  }

  function loadBoard(): void {
    store.load(NO_FILTERS);
    http.expectOne((request) => request.url === '/api/pipeline').flush(board);
  }

  const column = (stage: Stage) => store.columns().find((candidate) => candidate.stage === stage);
  const names = (stage: Stage) => column(stage)?.cards.map((card) => card.commune.name);
  const card = (name: string, stage: Stage): BoardCard => column(stage)?.cards.find((c) => c.commune.name === name) as BoardCard;
  const transition = (): TestRequest => http.expectOne((request) => request.method === 'POST');

  afterEach(() => http.verify());

  describe('loading', () => {
    beforeEach(() => setUp());

    it('loads the board under the filters, columns in the order of the pipeline then the closed stages', () => {
      store.load({ arrondissement: 'Dinant', consultant: CAMILLE.id, q: 'ci' });
      expect(store.loading()).toBe(true);
      const request = http.expectOne((r) => r.url === '/api/pipeline');
      expect(request.request.params.get('arrondissement')).toBe('Dinant');
      expect(request.request.params.get('consultantId')).toBe(CAMILLE.id);
      expect(request.request.params.get('q')).toBe('ci');
      request.flush(board);

      expect(store.loading()).toBe(false);
      expect(store.columns().map((c) => c.stage)).toEqual([
        'survey_sent',
        'survey_answered',
        'diagnostic_requested',
        'workshop_held',
        'accompaniment',
        'declined',
        'withdrawn',
      ]);
      expect(column('survey_sent')?.count).toBe(32);
      expect(names('diagnostic_requested')).toEqual(['Gembloux', 'Ciney']);
      expect(card('Gembloux', 'diagnostic_requested').stage).toBe('diagnostic_requested');
      expect(store.total()).toBe(34);
      expect(store.campaign()?.name).toBe('Radioscopie numérique 2019');
    });

    it('keeps the failure and loads again under the same filters on retry', () => {
      store.load({ ...NO_FILTERS, q: 'gem' });
      http.expectOne((r) => r.url === '/api/pipeline').flush(problem(503, 'Database down'), { status: 503, statusText: 'Unavailable' });
      expect(store.error()).toEqual({ status: 503, rule: null, detail: 'Database down', fields: {} });
      expect(store.loaded()).toBe(false);

      store.reload();
      expect(store.error()).toBeNull();
      const retry = http.expectOne((r) => r.url === '/api/pipeline');
      expect(retry.request.params.get('q')).toBe('gem');
      retry.flush(board);
      expect(store.loaded()).toBe(true);
    });

    it('does not ask a manager for their engagements', () => {
      loadBoard();
      http.expectNone((r) => r.url === '/api/engagements');
    });
  });

  describe('moving a card', () => {
    beforeEach(async () => {
      await setUp();
      loadBoard();
    });

    it('shows the move at once, sends the version the user saw, then takes the server answer', async () => {
      const moved = store.move(card('Gembloux', 'diagnostic_requested'), 'workshop_held');

      expect(names('diagnostic_requested')).toEqual(['Ciney']);
      expect(column('diagnostic_requested')?.count).toBe(1);
      expect(names('workshop_held')).toEqual(['Gembloux']);
      expect(column('workshop_held')?.count).toBe(1);
      expect(store.moving().has(gembloux.engagementId)).toBe(true);

      const request = transition();
      expect(request.request.url).toBe(`/api/engagements/${gembloux.engagementId}/transitions`);
      expect(request.request.body).toEqual({ to: 'workshop_held', version: 4 });
      request.flush(aTransitionResult(gembloux, 'workshop_held', 5));

      const result = await moved;
      expect(result).toEqual({ status: 'moved', engagement: aTransitionResult(gembloux, 'workshop_held', 5) });
      const after = card('Gembloux', 'workshop_held');
      expect(after).toMatchObject({ stage: 'workshop_held', version: 5, daysInStage: 0, stageEnteredAt: '2019-06-12T08:00:00.000Z' });
      expect(column('workshop_held')?.count).toBe(1);
      expect(store.moving().size).toBe(0);
      expect(store.moveFailure()).toBeNull();
    });

    it('sends the note of a move that needs one, trimmed', () => {
      void store.move(card('Ciney', 'diagnostic_requested'), 'accompaniment', '  La commune a demandé l’accompagnement.  ');
      expect(transition().request.body).toEqual({ to: 'accompaniment', version: 3, note: 'La commune a demandé l’accompagnement.' });
    });

    it('puts the card back where it was and reloads the board on 409', async () => {
      const moved = store.move(card('Gembloux', 'diagnostic_requested'), 'workshop_held');
      transition().flush(problem(409, 'The engagement changed meanwhile (version 5, not 4); reload it and try again.'), {
        status: 409,
        statusText: 'Conflict',
      });

      const result = await moved;
      expect(result).toMatchObject({ status: 'conflict', failure: { status: 409 } });
      expect(store.moveFailure()).toMatchObject({ status: 409, to: 'workshop_held', card: { commune: { name: 'Gembloux' } } });
      expect(names('diagnostic_requested')).toEqual(['Gembloux', 'Ciney']);
      expect(column('diagnostic_requested')?.count).toBe(2);
      expect(column('workshop_held')?.count).toBe(0);
      expect(store.moveFailure()?.status).toBe(409);

      expect(store.loading()).toBe(true);
      const reloaded = aPipeline({ workshop_held: [{ ...gembloux, version: 5 }], diagnostic_requested: [ciney] });
      http.expectOne((r) => r.url === '/api/pipeline').flush(reloaded);
      expect(names('workshop_held')).toEqual(['Gembloux']);
      expect(store.moveFailure()?.status).toBe(409);
    });

    it('puts the card back with the rule the server names on 422, without reloading', async () => {
      const moved = store.move(card('Gembloux', 'diagnostic_requested'), 'workshop_held');
      transition().flush(problem(422, 'Only a manager may skip a stage or move backward.', 'urn:bep:stage-rule:skip-or-backward-needs-manager'), {
        status: 422,
        statusText: 'Unprocessable Entity',
      });

      const result = await moved;
      expect(result).toMatchObject({ status: 'rule-broken', rule: 'skip-or-backward-needs-manager' });
      expect(store.moveFailure()).toMatchObject({
        status: 422,
        rule: 'skip-or-backward-needs-manager',
        detail: 'Only a manager may skip a stage or move backward.',
      });
      expect(names('diagnostic_requested')).toEqual(['Gembloux', 'Ciney']);
      http.expectNone((r) => r.url === '/api/pipeline');
    });

    it('puts the card back on 403 and clears the failure on request', async () => {
      const moved = store.move(card('Ciney', 'diagnostic_requested'), 'workshop_held');
      transition().flush(problem(403, 'Only the consultants assigned to this engagement, or a manager, may move it.'), {
        status: 403,
        statusText: 'Forbidden',
      });
      await moved;

      expect(store.moveFailure()?.status).toBe(403);
      expect(names('diagnostic_requested')).toEqual(['Gembloux', 'Ciney']);
      store.dismissMoveFailure();
      expect(store.moveFailure()).toBeNull();
    });

    it('says when the server cannot be reached', async () => {
      const moved = store.move(card('Gembloux', 'diagnostic_requested'), 'workshop_held');
      transition().error(new ProgressEvent('error'));
      await moved;
      expect(store.moveFailure()).toMatchObject({ status: 0, rule: null, detail: null });
    });

    it('refuses a move that needs a note without one, before any request', async () => {
      const result = await store.move(card('Ciney', 'diagnostic_requested'), 'accompaniment');
      expect(result).toEqual({ status: 'needs-note', kind: 'skip' });
      expect(store.moveFailure()).toMatchObject({ status: 422, rule: 'note-required', to: 'accompaniment', card: { commune: { name: 'Ciney' } } });
      expect(names('diagnostic_requested')).toEqual(['Gembloux', 'Ciney']);
      http.expectNone((r) => r.method === 'POST');
    });
  });

  describe('as a consultant', () => {
    beforeEach(() => setUp(aUser(['consultant'], { consultantId: SARAH.id })));

    it('asks once for the engagements the consultant is assigned to, and may then move them', async () => {
      loadBoard();
      const assigned = http.expectOne((r) => r.url === '/api/engagements');
      expect(assigned.request.params.get('consultantId')).toBe(SARAH.id);
      expect(assigned.request.params.get('limit')).toBe('200');
      assigned.flush({ items: [{ id: gembloux.engagementId }], total: 1, limit: 200, offset: 0 });

      store.reload();
      http.expectOne((r) => r.url === '/api/pipeline').flush(board);
      http.expectNone((r) => r.url === '/api/engagements');

      expect(store.mover().assignedEngagementIds.has(gembloux.engagementId)).toBe(true);
      void store.move(card('Gembloux', 'diagnostic_requested'), 'workshop_held');
      expect(transition().request.body).toEqual({ to: 'workshop_held', version: 4 });
    });

    it('refuses, before any request, a move the rules forbid a consultant', async () => {
      loadBoard();
      http.expectOne((r) => r.url === '/api/engagements').flush({ items: [], total: 0, limit: 200, offset: 0 });

      const result = await store.move(card('Ciney', 'diagnostic_requested'), 'accompaniment', 'note');
      expect(result).toMatchObject({ status: 'refused', rule: 'skip-or-backward-needs-manager' });
      expect(store.moveFailure()).toMatchObject({ status: 422, rule: 'skip-or-backward-needs-manager' });
      http.expectNone((r) => r.method === 'POST');
    });
  });

  describe('as finance', () => {
    beforeEach(() => setUp(aUser(['finance'])));

    it('reads the board but moves nothing', async () => {
      loadBoard();
      const result = await store.move(card('Gembloux', 'diagnostic_requested'), 'workshop_held');
      expect(result).toMatchObject({ status: 'refused', rule: 'not-assigned' });
      expect(store.moveFailure()).toMatchObject({ status: 422, rule: 'not-assigned', card: { commune: { name: 'Gembloux' } } });
      http.expectNone((r) => r.method === 'POST' || r.url === '/api/engagements');
    });
  });
});
