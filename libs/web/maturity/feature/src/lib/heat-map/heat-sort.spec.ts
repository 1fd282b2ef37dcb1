import { aMaturityRow } from '@bep/web/maturity/data-access/testing';
import { ariaSort, BY_NAME, nextSort, sortRows } from './heat-sort';

const ROWS = [
  aMaturityRow('Éghezée', '92045', 55, [55, 40, null]),
  aMaturityRow('Andenne', '92003', 70, [40, 40, 80]),
  aMaturityRow('Ciney', '91030', null, [null, null, null]),
  aMaturityRow('Dinant', '91034', 55, [90, 10, 30]),
];
const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe('sorting the heat map', () => {
  it('sorts by name the French way (É with the E)', () => {
    expect(names(sortRows(ROWS, BY_NAME))).toEqual(['Andenne', 'Ciney', 'Dinant', 'Éghezée']);
    expect(names(sortRows(ROWS, { key: 'name', direction: 'descending' }))).toEqual(['Éghezée', 'Dinant', 'Ciney', 'Andenne']);
  });

  it('sorts by a score, equal scores by name, the communes without one last in both directions', () => {
    expect(names(sortRows(ROWS, { key: 'overall', direction: 'descending' }))).toEqual(['Andenne', 'Dinant', 'Éghezée', 'Ciney']);
    expect(names(sortRows(ROWS, { key: 'overall', direction: 'ascending' }))).toEqual(['Dinant', 'Éghezée', 'Andenne', 'Ciney']);
    expect(names(sortRows(ROWS, { key: 'green-digital', direction: 'ascending' }))).toEqual(['Dinant', 'Andenne', 'Ciney', 'Éghezée']);
  });

  it('turns the direction round on the same column, starts another with the highest first (names A to Z)', () => {
    expect(nextSort(BY_NAME, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort(BY_NAME, 'overall')).toEqual({ key: 'overall', direction: 'descending' });
    expect(nextSort({ key: 'overall', direction: 'descending' }, 'overall')).toEqual({ key: 'overall', direction: 'ascending' });
    expect(nextSort({ key: 'overall', direction: 'descending' }, 'name')).toEqual(BY_NAME);
  });

  it('gives aria-sort to the sorted column only', () => {
    expect(ariaSort({ key: 'overall', direction: 'descending' }, 'overall')).toBe('descending');
    expect(ariaSort({ key: 'overall', direction: 'descending' }, 'name')).toBe('none');
  });
});
