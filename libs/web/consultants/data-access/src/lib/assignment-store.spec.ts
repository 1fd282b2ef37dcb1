import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { EngagementListItem, EngagementPage } from '@bep/contracts';
import { AssignmentStore } from './assignment-store';

const LEA = { id: '5e8f6cfe-6ed4-45f6-bc7a-4450f7e0f86b', name: 'Léa Moreau' };
const SARAH = { id: '2c5f39cb-3ab2-42e3-994f-1127e4ddb538', name: 'Sarah Martin' };

const fernelmont: EngagementListItem = {
  id: '00000000-0000-4000-8000-000000000005',
  campaignId: 'a7e1c0de-0000-4000-8000-000000000001',
  commune: { nis: '92138', name: 'Fernelmont', arrondissement: 'Namur' },
  stage: 'diagnostic_requested',
  stageEnteredAt: '2019-05-06T12:30:00.000Z',
  version: 2,
  lead: LEA,
  consultants: [{ ...LEA, isLead: true }],
  work: { diagnosticDone: false, workshopDone: false },
};

const page = (items: EngagementListItem[], total = items.length): EngagementPage => ({ items, total, limit: 50, offset: 0, nextCursor: null });

describe('AssignmentStore', () => {
  let store: AssignmentStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), AssignmentStore] });
    store = TestBed.inject(AssignmentStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('finds the engagements by commune and stage, at most 50 at a time', () => {
    store.find({ q: '  Fern ', stage: 'diagnostic_requested' });
    expect(store.loading()).toBe(true);

    const request = http.expectOne((candidate) => candidate.url === '/api/engagements');
    expect(request.request.params.get('q')).toBe('Fern');
    expect(request.request.params.get('stage')).toBe('diagnostic_requested');
    expect(request.request.params.get('limit')).toBe('50');
    request.flush(page([fernelmont], 1));

    expect(store.items()).toEqual([fernelmont]);
    expect(store.total()).toBe(1);
    expect(store.search()).toEqual({ q: '  Fern ', stage: 'diagnostic_requested' });
  });

  it('leaves empty filters out, and repeats the last search on request', () => {
    store.find({ q: '', stage: '' });
    const first = http.expectOne((candidate) => candidate.url === '/api/engagements');
    expect(first.request.params.keys()).toEqual(['limit']);
    first.flush(page([fernelmont]));

    store.find();
    http.expectOne((candidate) => candidate.url === '/api/engagements' && candidate.params.keys().length === 1).flush(page([fernelmont]));
  });

  it('keeps why the search failed', () => {
    store.find({ q: '', stage: '' });
    http.expectOne((candidate) => candidate.url === '/api/engagements').error(new ProgressEvent('error'));

    expect(store.loading()).toBe(false);
    expect(store.error()).toEqual(expect.objectContaining({ status: 0 }));
  });

  it('puts the whole team and the lead, and shows the new team in the list', async () => {
    store.find({ q: '', stage: '' });
    http.expectOne((candidate) => candidate.url === '/api/engagements').flush(page([fernelmont]));

    const assigned = store.assign(fernelmont.id, { leadId: LEA.id, consultantIds: [LEA.id, SARAH.id] });
    const put = http.expectOne(`/api/engagements/${fernelmont.id}/assignments`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ leadId: LEA.id, consultantIds: [LEA.id, SARAH.id] });
    const team = [
      { ...LEA, isLead: true },
      { ...SARAH, isLead: false },
    ];
    put.flush({ ...fernelmont, consultants: team, timeline: [] });

    expect(await assigned).toEqual(expect.objectContaining({ consultants: team }));
    expect(store.items()[0].consultants).toEqual(team);
  });

  it('rejects a refused team with the server’s answer', async () => {
    const assigned = store.assign(fernelmont.id, { leadId: null, consultantIds: [SARAH.id] });
    http
      .expectOne(`/api/engagements/${fernelmont.id}/assignments`)
      .flush(
        { type: 'about:blank', title: 'Unprocessable Entity', status: 422, detail: `Unknown or inactive consultants: ${SARAH.id}.` },
        { status: 422, statusText: 'Unprocessable Entity' },
      );

    await expect(assigned).rejects.toEqual(expect.objectContaining({ status: 422 }));
  });
});
