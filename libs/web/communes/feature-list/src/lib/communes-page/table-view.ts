import type { ParamMap, Params } from '@angular/router';
import type { CommuneSummary } from '@bep/contracts';
import { ALL_STAGES, isStage, PIPELINE_STAGES, stageOrder, type Stage } from '@bep/domain';

/** Where a commune stands: its engagement's stage, or why it has none. */
export type CommuneStatus = Stage | 'out_of_campaign' | 'not_eligible';

export const STATUSES: readonly CommuneStatus[] = [...ALL_STAGES, 'out_of_campaign', 'not_eligible'];

export function isStatus(value: unknown): value is CommuneStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function statusOf(commune: Pick<CommuneSummary, 'engagement' | 'eligible'>): CommuneStatus {
  return commune.engagement?.stage ?? (commune.eligible ? 'out_of_campaign' : 'not_eligible');
}

/** The shared translation key of a status (`stage.*`). */
export function statusKey(status: CommuneStatus): string {
  switch (status) {
    case 'out_of_campaign':
      return 'stage.outOfCampaign';
    case 'not_eligible':
      return 'stage.notEligible';
    default:
      return `stage.${status}`;
  }
}

const OFF_PIPELINE: readonly CommuneStatus[] = ['declined', 'withdrawn', 'out_of_campaign', 'not_eligible'];

/** The pipeline in stage order first, then closed engagements, then communes outside the campaign. */
export function statusRank(status: CommuneStatus): number {
  const order = isStage(status) ? stageOrder(status) : null;
  return order ?? PIPELINE_STAGES.length + 1 + OFF_PIPELINE.indexOf(status);
}

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
export const TABLE_QUERY = { q: 'q', arrondissement: 'arrondissement', status: 'etape', sort: 'tri' } as const;

export function viewFromQuery(query: ParamMap): TableView {
  const status = query.get(TABLE_QUERY.status);
  const sort = query.get(TABLE_QUERY.sort) ?? '';
  const column = sort.replace(/^-/, '');
  return {
    q: query.get(TABLE_QUERY.q) ?? '',
    arrondissement: query.get(TABLE_QUERY.arrondissement)?.trim() ?? '',
    status: isStatus(status) ? status : '',
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
