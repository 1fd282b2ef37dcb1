import type { CommuneQuery } from '@bep/contracts';
import type { CommuneStatus } from '@bep/domain';
import { COMMUNE_TEXT_MATCHES, containsPattern, SqlFilter } from '@bep/server/core/database';

/**
 * The WHERE clause of `GET /api/communes`, over `commune c` and its engagement `e` in the campaign;
 * the text as `COMMUNE_TEXT_MATCHES` says.
 */
export function communeFilter(query: Partial<CommuneQuery>): SqlFilter {
  const where = new SqlFilter();
  if (query.q) where.where(COMMUNE_TEXT_MATCHES, containsPattern(query.q));
  if (query.arrondissement) where.where('c."arrondissement" = ?', query.arrondissement);
  if (query.eligible !== undefined) where.where('c."eligible" = ?', query.eligible);
  if (query.status) statusCondition(where, query.status);
  return where;
}

function statusCondition(where: SqlFilter, status: CommuneStatus): void {
  switch (status) {
    case 'out_of_campaign':
      where.where('e."id" IS NULL AND c."eligible"');
      return;
    case 'not_eligible':
      where.where('e."id" IS NULL AND NOT c."eligible"');
      return;
    default:
      where.where('e."stage" = ?', status);
  }
}
