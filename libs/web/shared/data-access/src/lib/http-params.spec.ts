import { httpParams } from './http-params';

describe('httpParams', () => {
  it('writes every value as text, in the order given', () => {
    const params = httpParams({ q: 'Gem', limit: 50, eligible: true, pending: false });
    expect(params.keys()).toEqual(['q', 'limit', 'eligible', 'pending']);
    expect(params.toString()).toBe('q=Gem&limit=50&eligible=true&pending=false');
  });

  it('leaves the empty values out, so that the API applies its defaults', () => {
    expect(httpParams({ q: '', arrondissement: undefined, consultantId: null, offset: 0 }).toString()).toBe('offset=0');
  });
});
