import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivitiesApi } from './activities-api';

const ENGAGEMENT = 'e1e1e1e1-0000-4000-8000-000000000001';

describe('ActivitiesApi', () => {
  let api: ActivitiesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ActivitiesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the activities under the filters that have a value, booleans as the API reads them', () => {
    api.list({ engagementId: ENGAGEMENT, pending: true, type: undefined, limit: 500 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/activities');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.toString()).toBe(`engagementId=${ENGAGEMENT}&pending=true&limit=500`);
  });

  it('creates an activity on its engagement', () => {
    const activity = { type: 'call' as const, subject: 'Appel', scheduledAt: '2019-06-12T14:00', location: null, outcome: null, participants: { contactIds: [], consultantIds: [] } };
    api.create(ENGAGEMENT, activity).subscribe();
    const request = http.expectOne(`/api/engagements/${ENGAGEMENT}/activities`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(activity);
  });

  it('changes and deletes one activity', () => {
    api.update('a/1', { completed: true }).subscribe();
    const patch = http.expectOne('/api/activities/a%2F1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ completed: true });

    api.remove('a1').subscribe();
    expect(http.expectOne('/api/activities/a1').request.method).toBe('DELETE');
  });
});
