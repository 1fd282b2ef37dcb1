import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { PipelineApi } from './pipeline-api';

describe('PipelineApi', () => {
  let api: PipelineApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(PipelineApi);
    http = TestBed.inject(HttpTestingController);
  });

  it('sends the filters that have a value and leaves the empty ones out', async () => {
    const board = firstValueFrom(api.board({ arrondissement: 'Dinant', q: '', consultantId: undefined, cardsPerColumn: 50 }));
    const request = http.expectOne((r) => r.url === '/api/pipeline');
    expect(request.request.params.keys()).toEqual(['arrondissement', 'cardsPerColumn']);
    expect(request.request.params.get('cardsPerColumn')).toBe('50');
    request.flush({ campaign: null, columns: [] });
    expect(await board).toEqual({ campaign: null, columns: [] });
  });

  it('reads the consultants for pickers and filters', () => {
    api.consultants({ active: true }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/consultants');
    expect(request.request.params.get('active')).toBe('true');
  });

  it('exports and erases a contact (GDPR)', () => {
    api.exportContact('c1').subscribe();
    expect(http.expectOne('/api/contacts/c1/export').request.method).toBe('GET');
    api.eraseContact('c1').subscribe();
    expect(http.expectOne('/api/contacts/c1/erase').request.method).toBe('POST');
  });

  it('posts a move with the version the user saw', () => {
    api.transition('e/1', { to: 'workshop_held', version: 3 }).subscribe();
    const request = http.expectOne('/api/engagements/e%2F1/transitions');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ to: 'workshop_held', version: 3 });
  });
});
