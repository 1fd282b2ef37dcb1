import type { ParamMap, Params } from '@angular/router';
import { type CommuneStatus, isCommuneStatus } from '@bep/web/ui';

export const SORT_COLUMNS = ['name', 'nis', 'arrondissement', 'population', 'stage'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

function isSortColumn(value: string): value is SortColumn {
  return (SORT_COLUMNS as readonly string[]).includes(value);
}

/** What the table shows: its filters and its sort. */
export interface TableView {
  /** Free text on the name, the NIS code and the postal code. */
  q: string;
  arrondissement: string;
  status: CommuneStatus | '';
  sort: SortColumn;
  direction: 'asc' | 'desc';
}

export const DEFAULT_VIEW: TableView = { q: '', arrondissement: '', status: '', sort: 'name', direction: 'asc' };

/**
 * The view lives in the URL, so that a link or a reload shows the same table:
 * /communes?q=gem&arrondissement=Namur&etape=diagnostic_requested&tri=-population
 * (`tri` names the column, a leading "-" sorts it in descending order).
 */
const TABLE_QUERY = { q: 'q', arrondissement: 'arrondissement', status: 'etape', sort: 'tri' } as const;

export function viewFromQuery(query: ParamMap): TableView {
  const status = query.get(TABLE_QUERY.status);
  const sort = query.get(TABLE_QUERY.sort) ?? '';
  const column = sort.replace(/^-/, '');
  return {
    q: query.get(TABLE_QUERY.q) ?? '',
    arrondissement: query.get(TABLE_QUERY.arrondissement)?.trim() ?? '',
    status: isCommuneStatus(status) ? status : '',
    sort: isSortColumn(column) ? column : DEFAULT_VIEW.sort,
    direction: isSortColumn(column) && sort.startsWith('-') ? 'desc' : 'asc',
  };
}

/** The query parameters of `view`; the default values are left out (null removes a parameter). */
export function queryFromView(view: TableView): Params {
  const sorted = view.sort !== DEFAULT_VIEW.sort || view.direction !== DEFAULT_VIEW.direction;
  return {
    [TABLE_QUERY.q]: view.q.trim() ? view.q : null,
    [TABLE_QUERY.arrondissement]: view.arrondissement || null,
    [TABLE_QUERY.status]: view.status || null,
    [TABLE_QUERY.sort]: sorted ? `${view.direction === 'desc' ? '-' : ''}${view.sort}` : null,
  };
}

/** Case- and accent-insensitive, so "eghezee" finds "Éghezée". */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('fr');
}
