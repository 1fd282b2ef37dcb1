import { communeFilter } from './commune-filter';

describe('communeFilter', () => {
  it('selects every commune without filters', () => {
    expect(communeFilter({}).sql).toBe('');
  });

  it('matches the text as the search index holds it (lower case, no accents), with one parameter', () => {
    const where = communeFilter({ q: 'Éghe' });
    expect(where.sql).toBe('WHERE "commune_search_text"(c."name", c."nis", c."postal_code") LIKE lower(public.unaccent($1))');
    expect(where.params).toEqual(['%Éghe%']);
  });

  it('takes LIKE wildcards in the text literally', () => {
    expect(communeFilter({ q: '_%' }).params).toEqual(['%\\_\\%%']);
  });

  it('keeps "not eligible" as a filter (false is a value, not an absence)', () => {
    const where = communeFilter({ arrondissement: 'Namur', eligible: false, status: 'declined' });
    expect(where.sql).toBe('WHERE c."arrondissement" = $1 AND c."eligible" = $2 AND e."stage" = $3');
    expect(where.params).toEqual(['Namur', false, 'declined']);
  });

  it('finds the communes without an engagement, eligible or not', () => {
    expect(communeFilter({ status: 'out_of_campaign' }).sql).toBe('WHERE e."id" IS NULL AND c."eligible"');
    expect(communeFilter({ status: 'not_eligible' }).sql).toBe('WHERE e."id" IS NULL AND NOT c."eligible"');
  });
});
