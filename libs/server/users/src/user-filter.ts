import type { UserQuery } from '@bep/contracts';
import { containsPattern, SqlFilter } from '@bep/server/core/database';

/** The WHERE clause of `GET /api/users` over `app_user u`: the text matches the name or the e-mail, any case. */
export function userFilter(query: Partial<UserQuery>): SqlFilter {
  const where = new SqlFilter();
  if (query.q) where.where('(u."full_name" ILIKE ? OR u."email" ILIKE ?)', containsPattern(query.q));
  if (query.role) where.where('? = ANY(u."roles")', query.role);
  if (query.active !== undefined) where.where('u."active" = ?', query.active);
  return where;
}
