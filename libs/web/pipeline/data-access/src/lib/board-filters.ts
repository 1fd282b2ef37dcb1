import type { ParamMap, Params } from '@angular/router';
import type { PipelineQuery } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import { CAMPAIGN_QUERY_PARAM, campaignIdFromQuery } from '@bep/web/campaigns/data-access';
import { DEFAULT_COMMUNES_VIEW, queryFromCommunesView } from '@bep/web/communes/data-access';
import { isUuid } from '@bep/web/shared/data-access';

/** What the board is narrowed to; an empty string means "any". */
export interface BoardFilters {
  arrondissement: string;
  /** A consultant's id: the engagements they are assigned to. */
  consultant: string;
  /** Free text on the commune's name. */
  q: string;
  /** The campaign shown (its id, `?campagne=` written by the campaign switcher); empty or absent: the current one. */
  campaign?: string;
}

export const NO_FILTERS: BoardFilters = { arrondissement: '', consultant: '', q: '', campaign: '' };

/**
 * The filters live in the URL, so that a link reproduces the view:
 * /pipeline?arrondissement=Dinant&consultant=<id>&q=cin
 */
const BOARD_QUERY = { arrondissement: 'arrondissement', consultant: 'consultant', q: 'q' } as const;

/** The filters of a URL; a consultant that is no id is ignored (the API would refuse it with a 400). */
export function filtersFromQuery(query: ParamMap): BoardFilters {
  const consultant = query.get(BOARD_QUERY.consultant)?.trim() ?? '';
  return {
    arrondissement: query.get(BOARD_QUERY.arrondissement)?.trim() ?? '',
    consultant: isUuid(consultant) ? consultant : '',
    q: query.get(BOARD_QUERY.q)?.trim() ?? '',
    campaign: campaignIdFromQuery(query) ?? '',
  };
}

/** The query parameters of `filters`; an empty filter removes its parameter (null). */
export function queryFromFilters(filters: BoardFilters): Params {
  return {
    [BOARD_QUERY.arrondissement]: filters.arrondissement || null,
    [BOARD_QUERY.consultant]: filters.consultant || null,
    [BOARD_QUERY.q]: filters.q.trim() || null,
  };
}

/**
 * The communes table's query showing every commune of a column, which the board cuts short: the
 * stage, the board's arrondissement, text and campaign. Null when a consultant narrows the board:
 * the table has no such filter, and would show more than the column holds.
 */
export function columnInCommunesTable(filters: BoardFilters, stage: Stage): Params | null {
  if (filters.consultant) return null;
  const view = { ...DEFAULT_COMMUNES_VIEW, status: stage, arrondissement: filters.arrondissement, q: filters.q };
  return { ...queryFromCommunesView(view), [CAMPAIGN_QUERY_PARAM]: filters.campaign || null };
}

/** The filters as GET /api/pipeline reads them (BoardApi leaves the empty ones out). */
export function boardRequest(filters: BoardFilters): Partial<PipelineQuery> {
  return { arrondissement: filters.arrondissement, consultantId: filters.consultant, q: filters.q, campaignId: filters.campaign };
}

export function sameFilters(a: BoardFilters, b: BoardFilters): boolean {
  return a.arrondissement === b.arrondissement && a.consultant === b.consultant && a.q === b.q && (a.campaign ?? '') === (b.campaign ?? '');
}

/** Whether the board is narrowed (the campaign shown is no filter: the switcher says which). */
export function isFiltered(filters: BoardFilters): boolean {
  return !sameFilters({ ...filters, campaign: '' }, NO_FILTERS);
}
