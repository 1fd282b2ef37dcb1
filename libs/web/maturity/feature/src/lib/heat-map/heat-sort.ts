import type { MaturityRow } from '@bep/contracts';

/** What the heat map is sorted by: the commune's name, its overall index, or a dimension's id. */
export type HeatSortKey = 'name' | 'overall' | string;

export interface HeatSort {
  key: HeatSortKey;
  direction: 'ascending' | 'descending';
}

/** The heat map at first: the communes by name. */
export const BY_NAME: HeatSort = { key: 'name', direction: 'ascending' };

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** The score a row has under a key (the name has none). */
function scoreOf(row: MaturityRow, key: HeatSortKey): number | null {
  return key === 'overall' ? row.overall : (row.dimensions[key] ?? null);
}

/**
 * The rows in the sort's order: by name, or by a score with the communes without one last whichever
 * the direction (a missing score is no low score); equal scores by name.
 */
export function sortRows(rows: readonly MaturityRow[], { key, direction }: HeatSort): MaturityRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: MaturityRow, b: MaturityRow) => collator.compare(a.name, b.name);
  if (key === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const [first, second] = [scoreOf(a, key), scoreOf(b, key)];
    if (first === null || second === null) return first === second ? byName(a, b) : first === null ? 1 : -1;
    return sign * (first - second) || byName(a, b);
  });
}

/**
 * The sort after a click on a column's header: the same column turns its direction round; another
 * starts with the highest scores first (the question is most often "who leads?"), or A to Z by name.
 */
export function nextSort(current: HeatSort, key: HeatSortKey): HeatSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}

/** The `aria-sort` of a column's header: only the sorted column has one other than `none`. */
export function ariaSort(current: HeatSort, key: HeatSortKey): 'ascending' | 'descending' | 'none' {
  return current.key === key ? current.direction : 'none';
}
