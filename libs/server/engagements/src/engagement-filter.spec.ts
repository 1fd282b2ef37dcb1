import { engagementFilter, filterReadsCommunes } from './engagement-reader';

describe('engagementFilter', () => {
  it('reads the current campaign when none is named', () => {
    const where = engagementFilter({});
    expect(where.sql).toBe('WHERE e."campaign_id" = (SELECT "id" FROM "campaign" WHERE "is_current")');
    expect(where.params).toEqual([]);
  });

  it('reads the named campaign, with every filter as a numbered parameter', () => {
    const where = engagementFilter({ campaignId: 'c-1', stage: 'survey_sent', arrondissement: 'Dinant', consultantId: 'k-1', q: '50%_off' });
    expect(where.sql).toBe(
      'WHERE e."campaign_id" = $1 AND e."stage" = $2 AND c."arrondissement" = $3' +
        ' AND EXISTS (SELECT 1 FROM "engagement_assignment" f WHERE f."engagement_id" = e."id" AND f."consultant_id" = $4)' +
        ' AND "commune_search_text"(c."name", c."nis", c."postal_code") LIKE lower(public.unaccent($5))',
    );
    // LIKE's wildcards in the text are taken literally.
    expect(where.params).toEqual(['c-1', 'survey_sent', 'Dinant', 'k-1', '%50\\%\\_off%']);
  });
});

describe('filterReadsCommunes', () => {
  it.each([
    [{}, false],
    [{ stage: 'survey_sent' as const, consultantId: 'k-1' }, false],
    [{ arrondissement: 'Namur' }, true],
    [{ q: 'Gem' }, true],
  ])('%j: %s', (filter, expected) => {
    expect(filterReadsCommunes(filter)).toBe(expected);
  });
});
