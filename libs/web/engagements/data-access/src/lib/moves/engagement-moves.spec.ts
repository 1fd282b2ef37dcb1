import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { TransitionResult } from '@bep/contracts';
import { EngagementMoves, type MoveRequest } from './engagement-moves';

const GEMBLOUX = { id: 'e1e1e1e1-0000-4000-8000-000000000001', stage: 'diagnostic_requested' as const, version: 3, work: { diagnosticDone: true, workshopDone: true } };
const WORKSHOP_TO_COME = { ...GEMBLOUX, work: { diagnosticDone: true, workshopDone: false } };
const TRANSITIONS = `/api/engagements/${GEMBLOUX.id}/transitions`;

const moved: TransitionResult = {
  id: GEMBLOUX.id,
  stage: 'workshop_held',
  stageEnteredAt: '2019-06-12T08:00:00.000Z',
  version: 4,
  lead: { id: 'c1c1c1c1-0000-4000-8000-000000000001', name: 'Camille Dubois' },
  kind: 'forward',
};

const request = (overrides: Partial<MoveRequest> = {}): MoveRequest => ({ engagement: GEMBLOUX, actor: 'manager', to: 'workshop_held', ...overrides });
const problem = (status: number, type = 'about:blank', detail = 'Refusé') => ({ type, title: 'Refusé', status, detail });

describe('EngagementMoves', () => {
  let moves: EngagementMoves;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    moves = TestBed.inject(EngagementMoves);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends the move with the version the user saw, and gives the server’s answer', async () => {
    const sending = jest.fn();
    const result = moves.move(request(), sending);

    // Before the answer, in the same turn as the call: the board shows the move at once.
    expect(sending).toHaveBeenCalledTimes(1);
    const post = http.expectOne(TRANSITIONS);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ to: 'workshop_held', version: 3 });
    post.flush(moved);

    expect(await result).toEqual({ status: 'moved', engagement: moved });
  });

  it('sends the note trimmed, and no note when it is blank', async () => {
    void moves.move(request({ to: 'declined', note: '  La commune renonce  ' }));
    expect(http.expectOne(TRANSITIONS).request.body).toEqual({ to: 'declined', version: 3, note: 'La commune renonce' });

    void moves.move(request({ note: '   ' }));
    expect(http.expectOne(TRANSITIONS).request.body).toEqual({ to: 'workshop_held', version: 3 });
  });

  it.each<[string, Partial<MoveRequest>, unknown]>([
    ['someone who is not on the engagement', { actor: null }, { status: 'refused', rule: 'not-assigned', message: expect.any(String) }],
    ['a consultant skipping a stage', { actor: 'assigned-consultant', to: 'accompaniment', note: 'note' }, { status: 'refused', rule: 'skip-or-backward-needs-manager', message: expect.any(String) }],
    ['a move to where it stands', { to: 'diagnostic_requested' }, { status: 'refused', rule: 'same-stage', message: expect.any(String) }],
    ['a close without a note', { to: 'declined' }, { status: 'needs-note', kind: 'close' }],
    ['a skip with a blank note', { to: 'accompaniment', note: '  ' }, { status: 'needs-note', kind: 'skip' }],
    [
      'a consultant billing before the workshop is done, even with a note',
      { actor: 'assigned-consultant', engagement: WORKSHOP_TO_COME, note: 'Atelier demain' },
      { status: 'refused', rule: 'work-not-done', message: expect.stringContaining('no workshop'), missing: 'workshop' },
    ],
    ['a manager billing before the workshop is done, without the note that overrides it', { engagement: WORKSHOP_TO_COME }, { status: 'needs-note', kind: 'forward', missing: 'workshop' }],
  ])('refuses %s before any request', async (_what, overrides, expected) => {
    const sending = jest.fn();
    expect(await moves.move(request(overrides), sending)).toEqual(expected);
    expect(sending).not.toHaveBeenCalled();
    http.expectNone(TRANSITIONS);
  });

  it('sends a manager’s override of the missing work with its note', async () => {
    void moves.move(request({ engagement: WORKSHOP_TO_COME, note: 'Atelier tenu, compte rendu à venir' }));
    expect(http.expectOne(TRANSITIONS).request.body).toEqual({ to: 'workshop_held', version: 3, note: 'Atelier tenu, compte rendu à venir' });
  });

  it.each([
    [409, 'about:blank', { status: 'conflict', failure: { status: 409, rule: null, detail: 'Refusé', fields: {} } }],
    [
      422,
      'urn:bep:stage-rule:skip-or-backward-needs-manager',
      { status: 'rule-broken', rule: 'skip-or-backward-needs-manager', failure: { status: 422, rule: 'skip-or-backward-needs-manager', detail: 'Refusé', fields: {} } },
    ],
    [403, 'about:blank', { status: 'forbidden', failure: { status: 403, rule: null, detail: 'Refusé', fields: {} } }],
    [503, 'about:blank', { status: 'failed', failure: { status: 503, rule: null, detail: 'Refusé', fields: {} } }],
  ])('resolves a %i as what it means for the move', async (status, type, expected) => {
    const result = moves.move(request());
    http.expectOne(TRANSITIONS).flush(problem(status, type), { status, statusText: 'Refused' });
    expect(await result).toEqual(expected);
  });

  it('resolves an unreachable server as failed, status 0', async () => {
    const result = moves.move(request());
    http.expectOne(TRANSITIONS).error(new ProgressEvent('error'));
    expect(await result).toEqual({ status: 'failed', failure: { status: 0, rule: null, detail: null, fields: {} } });
  });
});
