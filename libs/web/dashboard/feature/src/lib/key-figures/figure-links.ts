import type { Params } from '@angular/router';
import { CAMPAIGN_QUERY_PARAM } from '@bep/web/campaigns/data-access';
import type { DashboardFilters } from '@bep/web/dashboard/data-access';

/** Where a key figure leads: a page and its query, for `routerLink` and `queryParams`. */
export interface FigureLink {
  path: string;
  query: Params;
}

/**
 * The board narrowed as the figures are, in the names /pipeline reads (`campagne`, `arrondissement`,
 * `consultant`): its count is the figure's.
 */
export function boardLink(filters: DashboardFilters): FigureLink {
  return { path: '/pipeline', query: withoutEmpty({ [CAMPAIGN_QUERY_PARAM]: filters.campaignId, arrondissement: filters.arrondissement, consultant: filters.consultantId }) };
}

/**
 * The engagements at one stage, narrowed as the figures are: the communes list (`etape`), which has
 * no consultant filter; with a consultant chosen, their board instead, where the stage is a column.
 */
export function stageLink(filters: DashboardFilters, stage: string): FigureLink {
  if (filters.consultantId) return boardLink(filters);
  return { path: '/communes', query: withoutEmpty({ [CAMPAIGN_QUERY_PARAM]: filters.campaignId, arrondissement: filters.arrondissement, etape: stage }) };
}

/**
 * What the communes were billed in a campaign: its documents but the drafts on Factures
 * (`statut=billed`), whose totals are the budget's communes' side (gross billed, paid).
 */
export function campaignInvoicesLink(campaignId: string): FigureLink {
  return { path: '/factures', query: { [CAMPAIGN_QUERY_PARAM]: campaignId, statut: 'billed' } };
}

function withoutEmpty(query: Record<string, string | null>): Params {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => !!value));
}
