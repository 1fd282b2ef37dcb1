import { ParamMap, Params } from '@angular/router';
import { AUDIT_PAGE_SIZES, AuditFilters, DEFAULT_AUDIT_PAGE_SIZE } from '@bep/web/admin/data-access';
import { isUuid } from '@bep/web/shared/data-access';

/**
 * The audit page keeps its filters in the URL (so that a view can be bookmarked, shared, and
 * survives a reload): ?commune=92142&personne=<user id>&type=user&action=login&du=2019-05-01&au=2019-05-31&page=2&taille=50
 * (`page` counts from 1, days are Belgian calendar days).
 */
const AUDIT_QUERY = { communeNis: 'commune', actorId: 'personne', entityType: 'type', action: 'action', from: 'du', to: 'au', page: 'page', size: 'taille' } as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NIS = /^\d{5}$/;

/** A value of the URL in its expected form, or nothing: a mistyped link shows the whole log rather than a refusal. */
function matching(value: string | null, pattern: RegExp): string | null {
  return value && pattern.test(value) ? value : null;
}


export function filtersFromQuery(query: ParamMap): AuditFilters {
  const page = Number(query.get(AUDIT_QUERY.page));
  const size = Number(query.get(AUDIT_QUERY.size));
  return {
    entityType: query.get(AUDIT_QUERY.entityType)?.trim() || null,
    action: query.get(AUDIT_QUERY.action)?.trim() || null,
    communeNis: matching(query.get(AUDIT_QUERY.communeNis), NIS),
    actorId: isUuid(query.get(AUDIT_QUERY.actorId)) ? query.get(AUDIT_QUERY.actorId) : null,
    from: matching(query.get(AUDIT_QUERY.from), DAY),
    to: matching(query.get(AUDIT_QUERY.to), DAY),
    pageIndex: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    pageSize: (AUDIT_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_AUDIT_PAGE_SIZE,
  };
}

/** The query parameters of `filters`: the default values are left out (null removes a parameter). */
export function queryFromFilters(filters: AuditFilters): Params {
  return {
    [AUDIT_QUERY.entityType]: filters.entityType || null,
    [AUDIT_QUERY.action]: filters.action || null,
    [AUDIT_QUERY.communeNis]: filters.communeNis || null,
    [AUDIT_QUERY.actorId]: filters.actorId || null,
    [AUDIT_QUERY.from]: filters.from || null,
    [AUDIT_QUERY.to]: filters.to || null,
    [AUDIT_QUERY.page]: filters.pageIndex > 0 ? filters.pageIndex + 1 : null,
    [AUDIT_QUERY.size]: filters.pageSize !== DEFAULT_AUDIT_PAGE_SIZE ? filters.pageSize : null,
  };
}
