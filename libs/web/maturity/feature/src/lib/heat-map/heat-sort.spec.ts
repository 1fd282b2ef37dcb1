import { FIRST_PAGE } from '@bep/web/maturity/data-access';
import { ariaSort, nextSort } from './heat-sort';

describe('sorting the heat map', () => {
  it('turns the direction round on the same column, starts another with the highest first (names A to Z)', () => {
    expect(nextSort(FIRST_PAGE, 'name')).toEqual({ sort: 'name', order: 'desc' });
    expect(nextSort(FIRST_PAGE, 'overall')).toEqual({ sort: 'overall', order: 'desc' });
    expect(nextSort({ sort: 'overall', order: 'desc' }, 'overall')).toEqual({ sort: 'overall', order: 'asc' });
    expect(nextSort({ sort: 'overall', order: 'desc' }, 'name')).toEqual({ sort: 'name', order: 'asc' });
  });

  it('gives aria-sort to the sorted column only', () => {
    expect(ariaSort({ sort: 'overall', order: 'desc' }, 'overall')).toBe('descending');
    expect(ariaSort({ sort: 'overall', order: 'asc' }, 'overall')).toBe('ascending');
    expect(ariaSort({ sort: 'overall', order: 'desc' }, 'name')).toBe('none');
  });
});
