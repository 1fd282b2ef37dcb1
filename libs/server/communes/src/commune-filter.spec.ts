import { communeFilter } from './commune-filter';

describe('communeFilter', () => {
  it('selects every commune without filters', () => {
    expect(communeFilter({}).sql).toBe('');
  });

  it('matches the text against the name, the NIS code and the postal code, with one parameter', () => {
    const where = communeFilter({ q: '50' });
    expect(where.sql).toBe('WHERE (c."name" ILIKE $1 OR c."nis" LIKE $1 OR c."postal_code" LIKE $1)');
    expect(where.params).toEqual(['%50%']);
  });

  it('takes LIKE wildcards in the text literally', () => {
    expect(communeFilter({ q: '_%' }).params).toEqual(['%\\_\\%%']);
  });

  it('keeps "not eligible" as a filter (false is a value, not an absence)', () => {
    const where = communeFilter({ arrondissement: 'Namur', eligible: false, stage: 'declined' });
    expect(where.sql).toBe('WHERE c."arrondissement" = $1 AND c."eligible" = $2 AND e."stage" = $3');
    expect(where.params).toEqual(['Namur', false, 'declined']);
  });
});
