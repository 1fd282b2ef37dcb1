import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ConsultantsStore } from './consultants-store';

describe('ConsultantsStore', () => {
  it('loads the consultants once, sorted by name, and finds them by id', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const store = TestBed.inject(ConsultantsStore);
    const http = TestBed.inject(HttpTestingController);

    store.load();
    store.load();
    http.expectOne('/api/consultants').flush({
      items: [
        { id: 'b1', name: 'Paul Ocalia', email: 'paul@ocalia.test', office: 'FR', active: true },
        { id: 'a1', name: 'Anne Ocalia', email: 'anne@ocalia.test', office: 'BE', active: true },
      ],
      total: 2,
    });
    store.load();
    http.verify();

    expect(store.items().map((consultant) => consultant.name)).toEqual(['Anne Ocalia', 'Paul Ocalia']);
    expect(store.byId().get('b1')?.office).toBe('FR');

    store.load(true);
    http.expectOne('/api/consultants').flush({ items: [], total: 0 });
    expect(store.items()).toEqual([]);
  });

  it('creates and changes records through the API, kept sorted by name', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const store = TestBed.inject(ConsultantsStore);
    const http = TestBed.inject(HttpTestingController);
    const paul = { id: 'b1', name: 'Paul Ocalia', email: 'paul@ocalia.test', office: 'FR' as const, weeklyCapacityHours: 32, active: true };
    store.load();
    http.expectOne('/api/consultants').flush({ items: [paul], total: 1 });

    const creating = store.create({ name: 'Anne Ocalia', email: 'anne@ocalia.test', office: 'BE', weeklyCapacityHours: 24, active: true });
    const post = http.expectOne('/api/consultants');
    expect(post.request.method).toBe('POST');
    post.flush({ id: 'a1', name: 'Anne Ocalia', email: 'anne@ocalia.test', office: 'BE', weeklyCapacityHours: 24, active: true });
    await creating;
    expect(store.items().map((consultant) => consultant.name)).toEqual(['Anne Ocalia', 'Paul Ocalia']);

    const updating = store.update('b1', { active: false });
    const patch = http.expectOne('/api/consultants/b1');
    expect([patch.request.method, patch.request.body]).toEqual(['PATCH', { active: false }]);
    patch.flush({ ...paul, active: false });
    expect((await updating).active).toBe(false);
    expect(store.byId().get('b1')?.active).toBe(false);
    http.verify();
  });
});
