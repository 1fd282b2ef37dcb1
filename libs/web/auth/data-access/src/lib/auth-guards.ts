import { inject } from '@angular/core';
import { CanMatchFn, RedirectFunction, Router, UrlTree } from '@angular/router';
import type { Role } from '@bep/contracts';
import { appPage, homePath, mayOpen, type PageId } from './app-pages';
import { AuthStore } from './auth-store';
import { safeReturnUrl, signInQueryParams } from './return-url';

export const SIGN_IN_PATH = '/connexion';
export const CHANGE_PASSWORD_PATH = '/mot-de-passe';
const ACCESS_DENIED_PATH = '/acces-refuse';

/**
 * The URL being navigated to. Guards here are CanMatch guards (a lazy page's code is not even
 * downloaded for someone who may not open it), and those see only their own segments.
 */
function attemptedUrl(router: Router): string {
  const navigation = router.currentNavigation();
  return navigation ? router.serializeUrl(navigation.extractedUrl) : router.url;
}

function signInRedirect(router: Router): UrlTree {
  return router.createUrlTree([SIGN_IN_PATH], { queryParams: signInQueryParams(attemptedUrl(router)) });
}

/** Signed-in users only; others go to /connexion?retour=<the page they asked for>. */
export const signedInGuard: CanMatchFn = async () => {
  const router = inject(Router);
  const user = await inject(AuthStore).ensureLoaded();
  return user ? true : signInRedirect(router);
};

/** For /connexion: a signed-in user has nothing to do there and goes on (to `retour` or home). */
export const signedOutGuard: CanMatchFn = async () => {
  const router = inject(Router);
  const user = await inject(AuthStore).ensureLoaded();
  if (!user) {
    return true;
  }
  const retour = router.currentNavigation()?.extractedUrl.queryParamMap.get('retour');
  return router.parseUrl(safeReturnUrl(retour) ?? homePath(user.roles));
};

/** A user holding a temporary password changes it before opening anything else. */
export const passwordChangedGuard: CanMatchFn = async () => {
  const router = inject(Router);
  const user = await inject(AuthStore).ensureLoaded();
  if (!user?.mustChangePassword) {
    return true;
  }
  return router.createUrlTree([CHANGE_PASSWORD_PATH], { queryParams: signInQueryParams(attemptedUrl(router)) });
};

/**
 * Guards the route of a page with the roles APP_PAGES gives it: signed-out users go to
 * /connexion, users without one of the roles to the "Accès refusé" page.
 */
export function pageGuard(id: PageId): CanMatchFn {
  const page = appPage(id);
  return async () => {
    const router = inject(Router);
    const user = await inject(AuthStore).ensureLoaded();
    if (!user) {
      return signInRedirect(router);
    }
    return mayOpen(page, user.roles) ? true : router.parseUrl(ACCESS_DENIED_PATH);
  };
}

/**
 * Guards a route inside a page for some roles only (a manager's form on a page others read):
 * signed-out users go to /connexion, users without one of the roles to "Accès refusé".
 */
export function rolesGuard(...roles: Role[]): CanMatchFn {
  return async () => {
    const router = inject(Router);
    const user = await inject(AuthStore).ensureLoaded();
    if (!user) {
      return signInRedirect(router);
    }
    return user.roles.some((role) => roles.includes(role)) ? true : router.parseUrl(ACCESS_DENIED_PATH);
  };
}

/** For '/': each role has its own home page. */
export const homeRedirect: RedirectFunction = () => homePath(inject(AuthStore).roles());
