import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser, Role } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { aUser } from '@bep/web/auth/data-access/testing';
import { CAMILLE, SARAH } from '../testing';
import { BoardFilterOptions } from './board-filter-options';

describe('BoardFilterOptions', () => {
  let http: HttpTestingController;
  let options: BoardFilterOptions;

  async function setUp(roles: Role[]): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), BoardFilterOptions] });
    http = TestBed.inject(HttpTestingController);
    const signedIn = TestBed.inject(AuthStore).ensureLoaded();
    const user: CurrentUser = aUser(roles);
    http.expectOne('/api/auth/me').flush({ user });
    await signedIn;
    options = TestBed.inject(BoardFilterOptions);
    options.load();
  }

  const communes = () => http.expectOne((r) => r.url === '/api/communes');

  afterEach(() => http.verify());

  it('lists the arrondissements the server lists beside a page of one commune, and the consultants for a manager', async () => {
    await setUp(['manager']);
    const request = communes();
    expect(request.request.params.get('limit')).toBe('1');
    request.flush({ items: [], arrondissements: ['Dinant', 'Namur', 'Philippeville'] });
    http.expectOne('/api/consultants').flush({ items: [{ ...SARAH, email: 's@o', office: 'BE', active: true }, { ...CAMILLE, email: 'c@o', office: 'BE', active: true }] });

    expect(options.arrondissements()).toEqual(['Dinant', 'Namur', 'Philippeville']);
    expect(options.consultants().map((c) => c.name)).toEqual(['Camille Dubois', 'Sarah Martin']);
    expect(options.mayPickConsultant()).toBe(true);
    expect(options.failed()).toBe(false);
  });

  it.each<Role>(['consultant', 'finance'])('does not ask for the consultants as %s (the API refuses them)', async (role) => {
    await setUp([role]);
    communes().flush({ items: [], arrondissements: [] });
    http.expectNone('/api/consultants');
    expect(options.mayPickConsultant()).toBe(false);
  });

  it('says when a list could not be read', async () => {
    await setUp(['admin']);
    communes().flush(null, { status: 500, statusText: 'Error' });
    http.expectOne('/api/consultants').flush({ items: [] });
    expect(options.failed()).toBe(true);
  });
});
