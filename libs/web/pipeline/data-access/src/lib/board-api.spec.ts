import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aPipeline } from '../testing';
import { BoardApi } from './board-api';

describe('BoardApi', () => {
  let api: BoardApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(BoardApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the board under the filters that have a value and leaves the empty ones out', async () => {
    const answer = aPipeline({});
    const board = firstValueFrom(api.get({ arrondissement: 'Dinant', q: '', consultantId: undefined, cardsPerColumn: 50 }));
    const request = http.expectOne((r) => r.url === '/api/pipeline');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys()).toEqual(['arrondissement', 'cardsPerColumn']);
    expect(request.request.params.get('arrondissement')).toBe('Dinant');
    expect(request.request.params.get('cardsPerColumn')).toBe('50');
    request.flush(answer);
    expect(await board).toEqual(answer);
  });
});
