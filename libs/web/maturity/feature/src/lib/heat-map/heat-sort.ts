import type { HeatMapPage } from '@bep/web/maturity/data-access';

/** What the heat map is sorted by: the commune's name, its overall index, or a dimension's id; the server sorts. */
export type HeatSort = Pick<HeatMapPage, 'sort' | 'order'>;

/**
 * The sort after a click on a column's header: the same column turns its direction round; another
 * starts with the highest scores first (the question is most often "who leads?"), or A to Z by name.
 */
export function nextSort(current: HeatSort, key: string): HeatSort {
  if (current.sort === key) return { sort: key, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { sort: key, order: key === 'name' ? 'asc' : 'desc' };
}

/** The `aria-sort` of a column's header: only the sorted column has one other than `none`. */
export function ariaSort(current: HeatSort, key: string): 'ascending' | 'descending' | 'none' {
  if (current.sort !== key) return 'none';
  return current.order === 'asc' ? 'ascending' : 'descending';
}
