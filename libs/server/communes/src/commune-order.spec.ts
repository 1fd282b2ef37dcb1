import { communeOrderBy } from './commune-order';

describe('communeOrderBy', () => {
  it('sorts by name the French way, the NIS code parting namesakes', () => {
    expect(communeOrderBy({ sort: 'name', order: 'asc' })).toBe('ORDER BY c."name" COLLATE "fr-BE-x-icu" ASC, c."nis" ASC');
    expect(communeOrderBy({ sort: 'name', order: 'desc' })).toBe('ORDER BY c."name" COLLATE "fr-BE-x-icu" DESC, c."nis" DESC');
  });

  it('breaks the ties of another column by name, ascending whatever the order', () => {
    expect(communeOrderBy({ sort: 'population', order: 'desc' })).toBe('ORDER BY c."population" DESC, c."name" COLLATE "fr-BE-x-icu", c."nis"');
  });

  it('ranks the statuses as the legends list them: the stages in order, then eligible without engagement, then the others', () => {
    const order = communeOrderBy({ sort: 'stage', order: 'asc' });
    expect(order).toContain(`array_position(ARRAY['survey_sent', 'survey_answered', 'diagnostic_requested', 'workshop_held', 'accompaniment', 'declined', 'withdrawn']::text[], e."stage"::text)`);
    expect(order).toContain('CASE WHEN c."eligible" THEN 8 ELSE 9 END');
  });
});
