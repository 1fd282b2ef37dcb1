import type { Role } from '@bep/contracts';
import { APP_PAGES, pagesFor, type PageId } from '@bep/web/auth/data-access';

export interface NavLink {
  /** The page, whose name the navigation shows in the interface language (`page.<id>`). */
  id: PageId;
  path: string;
}

/** Every page of the client, in the order the navigation lists them (who may open which: APP_PAGES). */
export const NAV_LINKS: readonly NavLink[] = APP_PAGES.map(({ id, path }) => ({ id, path }));

/** The links a user holding `roles` sees: only the pages their roles may open. */
export function navLinksFor(roles: readonly Role[]): NavLink[] {
  return pagesFor(roles).map(({ id, path }) => ({ id: id as PageId, path }));
}
