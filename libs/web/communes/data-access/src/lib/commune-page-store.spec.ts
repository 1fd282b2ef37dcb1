import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { aUser } from '@bep/web/auth/data-access/testing';
import {
  aCommune,
  aCommuneList,
  aContact,
  anActivity,
  anEngagement,
  aTransitionResult,
  CAMILLE,
  ENGAGEMENT_ID,
  GEMBLOUX_NIS,
  JULIEN,
} from '../testing';
import { CommunePageStore } from './commune-page-store';

const ACTIVITIES = `/api/activities?engagementId=${ENGAGEMENT_ID}&limit=500`;
const ENGAGEMENT = `/api/engagements/${ENGAGEMENT_ID}`;

describe('CommunePageStore', () => {
  let store: CommunePageStore;
  let http: HttpTestingController;

  async function signIn(user: CurrentUser): Promise<void> {
    const loaded = TestBed.inject(AuthStore).ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user });
    await loaded;
  }

  /** Opens Gembloux and answers every request with the fixtures. */
  function openGembloux(): void {
    store.open(GEMBLOUX_NIS);
    http.expectOne(`/api/communes?q=${GEMBLOUX_NIS}`).flush(aCommuneList([aCommune({ nis: '92140', name: 'Autre' }), aCommune()]));
    http.expectOne(`/api/communes/${GEMBLOUX_NIS}/contacts?limit=200`).flush({ items: [aContact()], total: 1, limit: 200, offset: 0 });
    http.expectOne(ENGAGEMENT).flush(anEngagement());
    http.expectOne(ACTIVITIES).flush({ items: [anActivity()], total: 1, limit: 500, offset: 0 });
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), CommunePageStore] });
    store = TestBed.inject(CommunePageStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the commune by its NIS code, its contacts, then its engagement and activities', () => {
    openGembloux();

    expect(store.commune.value()?.name).toBe('Gembloux');
    expect(store.engagementId()).toBe(ENGAGEMENT_ID);
    expect(store.engagement.value()?.lead?.name).toBe('Camille Dubois');
    expect(store.contacts.value()?.map((contact) => contact.name)).toEqual(['Marie Lefèvre']);
    expect(store.activities.value()?.map((activity) => activity.type)).toEqual(['diagnostic']);
  });

  it('says null when no commune has the NIS code, and asks for no engagement', () => {
    store.open('99999');
    http.expectOne('/api/communes?q=99999').flush(aCommuneList([]));
    http.expectOne('/api/communes/99999/contacts?limit=200').flush({ items: [], total: 0, limit: 200, offset: 0 });

    expect(store.commune.value()).toBeNull();
    expect(store.commune.loading()).toBe(false);
    expect(store.engagementId()).toBeNull();
  });

  it('keeps each section failure to itself', () => {
    store.open(GEMBLOUX_NIS);
    http.expectOne(`/api/communes?q=${GEMBLOUX_NIS}`).flush(aCommuneList());
    http.expectOne(`/api/communes/${GEMBLOUX_NIS}/contacts?limit=200`).flush(null, { status: 500, statusText: 'Error' });
    http.expectOne(ENGAGEMENT).flush(anEngagement());
    http.expectOne(ACTIVITIES).error(new ProgressEvent('error'));

    expect(store.contacts.failure()?.status).toBe(500);
    expect(store.activities.failure()?.status).toBe(0);
    expect(store.engagement.failure()).toBeNull();
    expect(store.engagement.value()).not.toBeNull();
  });

  it('works out the permissions from the user and the team', async () => {
    await signIn(aUser(['consultant'], { consultantId: CAMILLE.id }));
    openGembloux();
    expect(store.permissions().actor).toBe('assigned-consultant');

    store.engagement.set(anEngagement({ consultants: [{ ...JULIEN, isLead: true }] }));
    expect(store.permissions().actor).toBeNull();
  });

  it('moves the engagement with the version the user saw, shows the answer, then reads the timeline again', async () => {
    await signIn(aUser(['manager']));
    openGembloux();
    const moved = store.move('workshop_held');
    const request = http.expectOne(`${ENGAGEMENT}/transitions`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ to: 'workshop_held', version: 3 });
    request.flush(aTransitionResult({ stage: 'workshop_held', version: 4 }));

    expect(await moved).toEqual({ status: 'moved', engagement: aTransitionResult({ stage: 'workshop_held', version: 4 }) });
    expect(store.engagement.value()).toMatchObject({ stage: 'workshop_held', version: 4, stageEnteredAt: '2019-06-20T10:00:00.000Z', lead: CAMILLE });
    const timeline = [{ kind: 'stage-change' as const, at: '2019-06-20T10:00:00.000Z', actor: null, summary: '', details: {} }];
    http.expectOne(ENGAGEMENT).flush(anEngagement({ stage: 'workshop_held', version: 4, timeline }));
    expect(store.engagement.value()?.timeline).toEqual(timeline);
  });

  it('sends the note of a move that needs one', async () => {
    await signIn(aUser(['manager']));
    openGembloux();
    void store.move('declined', 'La commune renonce');
    expect(http.expectOne(`${ENGAGEMENT}/transitions`).request.body).toEqual({ to: 'declined', version: 3, note: 'La commune renonce' });
  });

  it('reloads the engagement when someone else moved it first (409), and says so', async () => {
    await signIn(aUser(['manager']));
    openGembloux();
    const moved = store.move('workshop_held');
    http.expectOne(`${ENGAGEMENT}/transitions`).flush({ type: 'about:blank', title: 'Conflict', status: 409 }, { status: 409, statusText: 'Conflict' });

    expect(await moved).toMatchObject({ status: 'conflict', failure: { status: 409 } });
    http.expectOne(ENGAGEMENT).flush(anEngagement({ stage: 'workshop_held', version: 4 }));
    expect(store.engagement.value()?.version).toBe(4);
  });

  it('does not reload on a move the server refuses (422)', async () => {
    await signIn(aUser(['manager']));
    openGembloux();
    const moved = store.move('accompaniment', 'Sans atelier');
    http.expectOne(`${ENGAGEMENT}/transitions`).flush({ type: 'urn:bep:stage-rule:note-required', title: 'x', status: 422 }, { status: 422, statusText: 'Unprocessable' });
    expect(await moved).toMatchObject({ status: 'rule-broken', rule: 'note-required', failure: { status: 422 } });
    http.expectNone(ENGAGEMENT);
    expect(store.engagement.value()?.stage).toBe('diagnostic_requested');
  });

  it('refuses, before any request, a move by someone outside the team', async () => {
    await signIn(aUser(['consultant'], { consultantId: JULIEN.id }));
    openGembloux();
    expect(await store.move('workshop_held')).toMatchObject({ status: 'refused', rule: 'not-assigned' });
    http.expectNone(`${ENGAGEMENT}/transitions`);
  });

  it('replaces the team and shows the answer', async () => {
    openGembloux();
    const assigned = store.assign(JULIEN.id, [CAMILLE.id, JULIEN.id]);
    const request = http.expectOne(`${ENGAGEMENT}/assignments`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ leadId: JULIEN.id, consultantIds: [CAMILLE.id, JULIEN.id] });
    request.flush(anEngagement({ lead: JULIEN }));
    await assigned;
    expect(store.engagement.value()?.lead).toEqual(JULIEN);
  });

  it('refreshes the activities and the timeline after an activity changes', async () => {
    openGembloux();
    const created = store.createActivity({ type: 'note', subject: 'Rappel', participants: { contactIds: [], consultantIds: [] } });
    const request = http.expectOne(`${ENGAGEMENT}/activities`);
    expect(request.request.method).toBe('POST');
    request.flush(anActivity({ type: 'note' }));
    await created;

    http.expectOne(ACTIVITIES).flush({ items: [], total: 0, limit: 500, offset: 0 });
    http.expectOne(ENGAGEMENT).flush(anEngagement());

    const done = store.updateActivity('a1', { completed: true, outcome: 'Fait' });
    const patch = http.expectOne('/api/activities/a1');
    expect(patch.request.method).toBe('PATCH');
    patch.flush(anActivity());
    await done;
    http.expectOne(ACTIVITIES).flush({ items: [], total: 0, limit: 500, offset: 0 });
    http.expectOne(ENGAGEMENT).flush(anEngagement());

    const removed = store.deleteActivity('a1');
    const deletion = http.expectOne('/api/activities/a1');
    expect(deletion.request.method).toBe('DELETE');
    deletion.flush(null);
    await removed;
    http.expectOne(ACTIVITIES).flush({ items: [], total: 0, limit: 500, offset: 0 });
    http.expectOne(ENGAGEMENT).flush(anEngagement());
  });

  it('creates or changes a contact and reloads the list', async () => {
    openGembloux();
    const fields = { name: 'Paul Henry', function: 'echevin' as const, email: null, phone: '081 00 00 00', isBinome: false };

    const created = store.saveContact(null, fields);
    const post = http.expectOne(`/api/communes/${GEMBLOUX_NIS}/contacts`);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual(fields);
    post.flush(aContact());
    await created;
    http.expectOne(`/api/communes/${GEMBLOUX_NIS}/contacts?limit=200`).flush({ items: [], total: 0, limit: 200, offset: 0 });

    const changed = store.saveContact('f1', fields);
    const patch = http.expectOne('/api/contacts/f1');
    expect(patch.request.method).toBe('PATCH');
    patch.flush(aContact());
    await changed;
    http.expectOne(`/api/communes/${GEMBLOUX_NIS}/contacts?limit=200`).flush({ items: [], total: 0, limit: 200, offset: 0 });
  });

  it('erases a contact, then reloads the contacts and the activities that named them', async () => {
    openGembloux();
    const erased = store.eraseContact('f1');
    http.expectOne('/api/contacts/f1/erase').flush(aContact({ erasedAt: '2019-06-01T10:00:00.000Z' }));
    await erased;
    http.expectOne(`/api/communes/${GEMBLOUX_NIS}/contacts?limit=200`).flush({ items: [], total: 0, limit: 200, offset: 0 });
    http.expectOne(ACTIVITIES).flush({ items: [], total: 0, limit: 500, offset: 0 });
  });
});
