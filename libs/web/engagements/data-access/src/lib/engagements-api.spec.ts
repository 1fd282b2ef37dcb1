import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { TransitionResult } from '@bep/contracts';
import { firstValueFrom } from 'rxjs';
import { EngagementsApi } from './engagements-api';

const CONSULTANT = '2c5f39cb-3ab2-42e3-994f-1127e4ddb538';

describe('EngagementsApi', () => {
  let api: EngagementsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(EngagementsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the engagements under the filters that have a value', () => {
    api.list({ consultantId: CONSULTANT, stage: 'diagnostic_requested', q: '', limit: 200 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/engagements');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.toString()).toBe(`consultantId=${CONSULTANT}&stage=diagnostic_requested&limit=200`);
  });

  it('reads one engagement, its id escaped', () => {
    api.detail('e/1').subscribe();
    const request = http.expectOne('/api/engagements/e%2F1');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys()).toEqual([]);
  });

  it('posts a move with the version the user saw, and gives the server’s answer', async () => {
    const answer: TransitionResult = {
      id: 'e1',
      stage: 'workshop_held',
      stageEnteredAt: '2019-06-12T08:00:00.000Z',
      version: 4,
      lead: null,
      kind: 'forward',
    };
    const moved = firstValueFrom(api.transition('e1', { to: 'workshop_held', version: 3, note: 'Diagnostic remis' }));
    const request = http.expectOne('/api/engagements/e1/transitions');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ to: 'workshop_held', version: 3, note: 'Diagnostic remis' });
    request.flush(answer);
    expect(await moved).toEqual(answer);
  });

  it('puts the whole team', () => {
    api.assign('e1', { leadId: CONSULTANT, consultantIds: [CONSULTANT] }).subscribe();
    const request = http.expectOne('/api/engagements/e1/assignments');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ leadId: CONSULTANT, consultantIds: [CONSULTANT] });
  });
});
