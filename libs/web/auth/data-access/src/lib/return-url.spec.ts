import { safeReturnUrl, signInQueryParams } from './return-url';

describe('safeReturnUrl', () => {
  it('accepts a path of the application', () => {
    expect(safeReturnUrl('/communes?arrondissement=Dinant')).toBe('/communes?arrondissement=Dinant');
  });

  it('refuses other sites, the home page and the sign-in page itself', () => {
    expect(safeReturnUrl('https://evil.example/')).toBeNull();
    expect(safeReturnUrl('//evil.example/')).toBeNull();
    expect(safeReturnUrl('/\\evil.example')).toBeNull();
    expect(safeReturnUrl('/')).toBeNull();
    expect(safeReturnUrl('/connexion?retour=%2Ffactures')).toBeNull();
    expect(safeReturnUrl(undefined)).toBeNull();
  });

  it('builds the query of /connexion', () => {
    expect(signInQueryParams('/factures')).toEqual({ retour: '/factures' });
    expect(signInQueryParams('/')).toEqual({});
  });
});
