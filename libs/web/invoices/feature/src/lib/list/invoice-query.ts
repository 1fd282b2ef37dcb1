import type { ParamMap, Params } from '@angular/router';
import { INVOICE_KINDS, type InvoiceKind } from '@bep/domain';
import { CAMPAIGN_QUERY_PARAM, campaignIdFromQuery } from '@bep/web/campaigns/data-access';
import {
  DEFAULT_INVOICE_PAGE_SIZE,
  INVOICE_PAGE_SIZES,
  INVOICE_STATUS_FILTERS,
  type InvoiceFilters,
  type InvoiceStatusFilter,
} from '@bep/web/invoices/data-access';

/**
 * The Factures list keeps its filters in the URL, so that a view can be bookmarked, shared, and
 * survives a reload: `?statut=overdue&type=invoice&commune=93090&campagne=<id>&du=2026-03-01&au=2026-03-31&page=2&taille=50`
 * (`page` counts from 1, days are Brussels calendar days; `campagne` is the other pages' campaign parameter).
 */
export const INVOICE_QUERY = { status: 'statut', kind: 'type', commune: 'commune', campaign: CAMPAIGN_QUERY_PARAM, from: 'du', to: 'au', page: 'page', size: 'taille' } as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NIS = /^\d{5}$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => (values as readonly (string | null)[]).includes(value) ? (value as T) : null;
const day = (value: string | null) => (value && DAY.test(value) ? value : null);

export function filtersFromQuery(query: ParamMap): InvoiceFilters {
  const index = Number(query.get(INVOICE_QUERY.page));
  const size = Number(query.get(INVOICE_QUERY.size));
  const nis = query.get(INVOICE_QUERY.commune);
  return {
    status: oneOf<InvoiceStatusFilter>(INVOICE_STATUS_FILTERS, query.get(INVOICE_QUERY.status)),
    kind: oneOf<InvoiceKind>(INVOICE_KINDS, query.get(INVOICE_QUERY.kind)),
    communeNis: nis && NIS.test(nis) ? nis : null,
    campaignId: campaignIdFromQuery(query),
    from: day(query.get(INVOICE_QUERY.from)),
    to: day(query.get(INVOICE_QUERY.to)),
    pageIndex: Number.isInteger(index) && index > 1 ? index - 1 : 0,
    pageSize: (INVOICE_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_INVOICE_PAGE_SIZE,
  };
}

/** The query parameters of `filters`: the default values are left out (null removes a parameter). */
export function queryFromFilters(filters: InvoiceFilters): Params {
  return {
    [INVOICE_QUERY.status]: filters.status,
    [INVOICE_QUERY.kind]: filters.kind,
    [INVOICE_QUERY.commune]: filters.communeNis,
    [INVOICE_QUERY.campaign]: filters.campaignId,
    [INVOICE_QUERY.from]: filters.from,
    [INVOICE_QUERY.to]: filters.to,
    [INVOICE_QUERY.page]: filters.pageIndex > 0 ? filters.pageIndex + 1 : null,
    [INVOICE_QUERY.size]: filters.pageSize !== DEFAULT_INVOICE_PAGE_SIZE ? filters.pageSize : null,
  };
}
