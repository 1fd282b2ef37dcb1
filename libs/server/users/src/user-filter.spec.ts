import { userFilter } from './user-filter';

describe('userFilter', () => {
  it('selects every account without filters', () => {
    expect(userFilter({}).sql).toBe('');
  });

  it('matches the text against the name and the e-mail, with one parameter', () => {
    const where = userFilter({ q: 'dupont' });
    expect(where.sql).toBe('WHERE (u."full_name" ILIKE $1 OR u."email" ILIKE $1)');
    expect(where.params).toEqual(['%dupont%']);
  });

  it('finds the accounts holding a role among theirs, and keeps "inactive" as a filter', () => {
    const where = userFilter({ role: 'finance', active: false });
    expect(where.sql).toBe('WHERE $1 = ANY(u."roles") AND u."active" = $2');
    expect(where.params).toEqual(['finance', false]);
  });
});
