import { containsPattern, SqlFilter } from './sql-filter';

describe('SqlFilter', () => {
  it('numbers the parameters in the order the conditions come', () => {
    const filter = new SqlFilter().where('a = ?', 1).where('b IS NULL').where('(c ILIKE ? OR d LIKE ?)', '%x%');
    expect(filter.sql).toBe('WHERE a = $1 AND b IS NULL AND (c ILIKE $2 OR d LIKE $2)');
    expect(filter.next(50)).toBe('$3');
    expect(filter.params).toEqual([1, '%x%', 50]);
  });

  it('is empty without conditions', () => {
    expect(new SqlFilter().sql).toBe('');
  });

  it('takes LIKE wildcards literally in a searched text', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
