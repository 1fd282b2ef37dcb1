import type { Role } from '@bep/contracts';

/**
 * A page of the application that the navigation lists and a route guard protects. Its name, as the
 * navigation, the page heading and the document title show it, is the shared word `page.<id>`.
 */
export interface AppPage {
  readonly id: string;
  /** Absolute path, as links use it: '/factures'. */
  readonly path: string;
  /** The roles that may open the page; absent: every signed-in user. */
  readonly roles?: readonly Role[];
}

/**
 * The pages of the client in the order the navigation lists them, with who may open them.
 * The ONE place that says so: the navigation shows `pagesFor(roles)`, the routes guard with
 * `pageGuard(id)`, both reading this table. (The API enforces the same rules on its side.)
 */
export const APP_PAGES = [
  { id: 'dashboard', path: '/tableau-de-bord' },
  { id: 'pipeline', path: '/pipeline' },
  { id: 'communes', path: '/communes' },
  { id: 'my-communes', path: '/mes-communes', roles: ['consultant'] },
  // Finance reads no questionnaire answer (the API answers it 403).
  { id: 'maturity', path: '/maturite', roles: ['manager', 'consultant'] },
  { id: 'consultants', path: '/consultants', roles: ['manager'] },
  { id: 'invoices', path: '/factures', roles: ['finance', 'manager'] },
  { id: 'reminders', path: '/rappels', roles: ['manager'] },
  { id: 'campaigns', path: '/campagnes', roles: ['manager'] },
  // Finance opens only its seller identity there, managers the consultant records (the administration's sections say who opens which).
  { id: 'administration', path: '/administration', roles: ['admin', 'finance', 'manager'] },
] as const satisfies readonly AppPage[];

export type PageId = (typeof APP_PAGES)[number]['id'];

export function appPage(id: PageId): AppPage {
  const page: AppPage | undefined = APP_PAGES.find((candidate) => candidate.id === id);
  if (!page) {
    throw new Error(`Unknown page ${id}`);
  }
  return page;
}

/** Whether a user holding `roles` may open `page`. */
export function mayOpen(page: AppPage, roles: readonly Role[]): boolean {
  return !page.roles || page.roles.some((role) => roles.includes(role));
}

/** The pages a user holding `roles` may open, in navigation order. */
export function pagesFor(roles: readonly Role[]): AppPage[] {
  return APP_PAGES.filter((page: AppPage) => mayOpen(page, roles));
}

/**
 * Where a user lands after signing in or on '/': a manager on the dashboard; otherwise a
 * consultant on their communes, finance on the invoices, an administrator on the administration;
 * anyone else on the dashboard.
 */
export function homePath(roles: readonly Role[]): string {
  if (roles.includes('manager')) {
    return appPage('dashboard').path;
  }
  if (roles.includes('consultant')) {
    return appPage('my-communes').path;
  }
  if (roles.includes('finance')) {
    return appPage('invoices').path;
  }
  if (roles.includes('admin')) {
    return appPage('administration').path;
  }
  return appPage('dashboard').path;
}
