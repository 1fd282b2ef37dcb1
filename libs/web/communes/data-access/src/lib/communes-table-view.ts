import type { ParamMap, Params } from '@angular/router';
import { COMMUNE_SORT_KEYS, type CommuneQuery, type CommuneSortKey } from '@bep/contracts';
import { type CommuneStatus, isCommuneStatus } from '@bep/domain';

/** Rows per page: a province's communes on one page, a country's a hundred at a time. */
export const COMMUNES_PAGE_SIZE = 100;

function isSortKey(value: string): value is CommuneSortKey {
  return (COMMUNE_SORT_KEYS as readonly string[]).includes(value);
}

/** What the communes table shows: its filters, its sort and its page. */
export interface CommunesTableView {
  /** Free text on the name, the NIS code and the postal code. */
  q: string;
  arrondissement: string;
  status: CommuneStatus | '';
  sort: CommuneSortKey;
  direction: 'asc' | 'desc';
  /** From 0. */
  pageIndex: number;
}

export const DEFAULT_COMMUNES_VIEW: CommunesTableView = { q: '', arrondissement: '', status: '', sort: 'name', direction: 'asc', pageIndex: 0 };

/**
 * The view lives in the URL, so that a link (the board's to a column's communes) or a reload shows the same table:
 * /communes?q=gem&arrondissement=Namur&etape=diagnostic_requested&tri=-population&page=2
 * (`tri` names the column, a leading "-" sorts it in descending order; `page` counts from 1).
 */
const TABLE_QUERY = { q: 'q', arrondissement: 'arrondissement', status: 'etape', sort: 'tri', page: 'page' } as const;

export function communesViewFromQuery(query: ParamMap): CommunesTableView {
  const status = query.get(TABLE_QUERY.status);
  const sort = query.get(TABLE_QUERY.sort) ?? '';
  const column = sort.replace(/^-/, '');
  const page = Number(query.get(TABLE_QUERY.page));
  return {
    q: query.get(TABLE_QUERY.q) ?? '',
    arrondissement: query.get(TABLE_QUERY.arrondissement)?.trim() ?? '',
    status: isCommuneStatus(status) ? status : '',
    sort: isSortKey(column) ? column : DEFAULT_COMMUNES_VIEW.sort,
    direction: isSortKey(column) && sort.startsWith('-') ? 'desc' : 'asc',
    pageIndex: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The query parameters of `view`; the default values are left out (null removes a parameter). */
export function queryFromCommunesView(view: CommunesTableView): Params {
  const sorted = view.sort !== DEFAULT_COMMUNES_VIEW.sort || view.direction !== DEFAULT_COMMUNES_VIEW.direction;
  return {
    [TABLE_QUERY.q]: view.q.trim() ? view.q : null,
    [TABLE_QUERY.arrondissement]: view.arrondissement || null,
    [TABLE_QUERY.status]: view.status || null,
    [TABLE_QUERY.sort]: sorted ? `${view.direction === 'desc' ? '-' : ''}${view.sort}` : null,
    [TABLE_QUERY.page]: view.pageIndex > 0 ? view.pageIndex + 1 : null,
  };
}

/** What the API is asked for the view: the server filters, sorts and pages (a campaign may hold 35,000 communes). */
export function communeQueryFromView(view: CommunesTableView): Partial<CommuneQuery> {
  const q = view.q.trim();
  return {
    ...(q && { q }),
    ...(view.arrondissement && { arrondissement: view.arrondissement }),
    ...(view.status && { status: view.status }),
    sort: view.sort,
    order: view.direction,
    limit: COMMUNES_PAGE_SIZE,
    offset: view.pageIndex * COMMUNES_PAGE_SIZE,
  };
}
