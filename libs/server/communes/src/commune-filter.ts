import type { CommuneQuery } from '@bep/contracts';
import { containsPattern, SqlFilter } from '@bep/server/core/database';

/**
 * The WHERE clause of `GET /api/communes`, over `commune c` and its engagement `e` in the campaign:
 * the text matches the name (any case), the NIS code or the postal code.
 */
export function communeFilter(query: Partial<CommuneQuery>): SqlFilter {
  const where = new SqlFilter();
  if (query.q) where.where('(c."name" ILIKE ? OR c."nis" LIKE ? OR c."postal_code" LIKE ?)', containsPattern(query.q));
  if (query.arrondissement) where.where('c."arrondissement" = ?', query.arrondissement);
  if (query.eligible !== undefined) where.where('c."eligible" = ?', query.eligible);
  if (query.stage) where.where('e."stage" = ?', query.stage);
  return where;
}
