import { APP_PAGES, appPage, homePath, mayOpen, pagesFor } from './app-pages';

const ids = (pages: { id: string }[]) => pages.map((page) => page.id);

describe('APP_PAGES', () => {
  it('lists the pages of the spec in navigation order, with unique paths', () => {
    expect(APP_PAGES.map((page) => page.path)).toEqual([
      '/tableau-de-bord',
      '/pipeline',
      '/communes',
      '/mes-communes',
      '/maturite',
      '/consultants',
      '/factures',
      '/rappels',
      '/campagnes',
      '/administration',
    ]);
  });

  it('shows a consultant the shared pages, their own communes and the maturity, no invoices nor administration', () => {
    expect(ids(pagesFor(['consultant']))).toEqual(['dashboard', 'pipeline', 'communes', 'my-communes', 'maturity']);
  });

  it('shows a manager the maturity, consultants, invoices, reminders, campaigns and the administration (for the consultant records)', () => {
    expect(ids(pagesFor(['manager']))).toEqual([
      'dashboard',
      'pipeline',
      'communes',
      'maturity',
      'consultants',
      'invoices',
      'reminders',
      'campaigns',
      'administration',
    ]);
  });

  it('shows finance the invoices and the administration (for the seller identity), and an administrator the administration', () => {
    expect(ids(pagesFor(['finance']))).toEqual(['dashboard', 'pipeline', 'communes', 'invoices', 'administration']);
    expect(ids(pagesFor(['admin']))).toEqual(['dashboard', 'pipeline', 'communes', 'administration']);
  });

  it('adds up the pages of several roles', () => {
    expect(ids(pagesFor(['finance', 'admin']))).toEqual([
      'dashboard',
      'pipeline',
      'communes',
      'invoices',
      'administration',
    ]);
  });

  it('tells whether a role may open a page', () => {
    expect(mayOpen(appPage('invoices'), ['finance'])).toBe(true);
    expect(mayOpen(appPage('invoices'), ['consultant'])).toBe(false);
    expect(mayOpen(appPage('communes'), [])).toBe(true);
  });

  it('sends each role to its home page', () => {
    expect(homePath(['consultant'])).toBe('/mes-communes');
    expect(homePath(['finance'])).toBe('/factures');
    expect(homePath(['admin'])).toBe('/administration');
    expect(homePath(['manager'])).toBe('/tableau-de-bord');
    expect(homePath(['manager', 'admin'])).toBe('/tableau-de-bord');
    expect(homePath([])).toBe('/tableau-de-bord');
  });
});
