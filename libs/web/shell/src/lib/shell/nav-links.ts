import type { Role } from '@bep/contracts';
import { APP_PAGES, pagesFor } from '@bep/web/auth/data-access';

export interface NavLink {
  path: string;
  label: string;
}

/** Every page of SPEC's client, in the order the navigation lists them (who may open which: APP_PAGES). */
export const NAV_LINKS: readonly NavLink[] = APP_PAGES.map(({ path, label }) => ({ path, label }));

/** The links a user holding `roles` sees: only the pages their roles may open. */
export function navLinksFor(roles: readonly Role[]): NavLink[] {
  return pagesFor(roles).map(({ path, label }) => ({ path, label }));
}
