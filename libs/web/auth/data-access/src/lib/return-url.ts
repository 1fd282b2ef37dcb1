/** The page a signed-out user asked for travels in this query parameter of /connexion. */
const RETURN_PARAM = 'retour';

/** Where a user may be sent back to after signing in: a path of this application only, never another site. */
export function safeReturnUrl(url: string | null | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) {
    return null;
  }
  if (url === '/' || url.startsWith('/connexion')) {
    return null;
  }
  return url;
}

/** The query parameters of /connexion for a user who was on (or asked for) `url`. */
export function signInQueryParams(url: string | null | undefined): Record<string, string> {
  const target = safeReturnUrl(url);
  return target ? { [RETURN_PARAM]: target } : {};
}
