import type { EngagementListItem, EngagementQuery } from '@bep/contracts';
import type { Stage, WorkDone } from '@bep/domain';
import { COMMUNE_TEXT_MATCHES, containsPattern, preparedQuery, SqlFilter, whereCampaign } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';
import { workDoneSql } from './work-done';

interface EngagementRow {
  id: string;
  campaign_id: string;
  nis: string;
  commune_name: string;
  arrondissement: string;
  stage: Stage;
  stage_entered_at: Date;
  version: number;
  consultants: { id: string; name: string; isLead: boolean }[];
  work: WorkDone;
}

/** The list's order: by commune name, then id (a total order, so that a cursor has one place). */
const LIST_ORDER = 'c."name", e."id"';

/** The ids of the engagements the filters keep, in the list's order. */
export async function readEngagementOrder(manager: EntityManager, filter: Partial<EngagementQuery>): Promise<string[]> {
  const where = engagementFilter(filter);
  const rows = await manager.query<{ id: string }[]>(`SELECT e."id" FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis" ${where.sql} ORDER BY ${LIST_ORDER}`, where.params);
  return rows.map((row) => row.id);
}

/**
 * How many engagements the filters keep before the row (`name`, `id`) in the list's order, for a
 * cursor whose row has since left the list (its stage or its team changed).
 */
export async function countEngagementsBefore(manager: EntityManager, filter: Partial<EngagementQuery>, name: string, id: string): Promise<number> {
  const where = engagementFilter(filter);
  const [row] = await manager.query<{ before: number }[]>(
    `SELECT count(*)::int AS before FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis" ${where.sql} ${where.sql ? 'AND' : 'WHERE'} (${LIST_ORDER}) <= (${where.next(name)}, ${where.next(id)}::uuid)`,
    where.params,
  );
  return row?.before ?? 0;
}

/** The engagements with these ids, in this order, with their commune and consultants, in one query. */
export async function readEngagementsByIds(manager: EntityManager, ids: readonly string[]): Promise<EngagementListItem[]> {
  if (ids.length === 0) return [];
  const rows = await preparedQuery<EngagementRow>(
    manager,
    `SELECT e."id", e."campaign_id", c."nis", c."name" AS commune_name, c."arrondissement", e."stage", e."stage_entered_at", e."version",
            COALESCE((SELECT json_agg(json_build_object('id', k."id", 'name', k."full_name", 'isLead', a."is_lead") ORDER BY a."is_lead" DESC, k."full_name")
                        FROM "engagement_assignment" a JOIN "consultant" k ON k."id" = a."consultant_id" WHERE a."engagement_id" = e."id"), '[]') AS consultants,
            ${workDoneSql('e')} AS work
       FROM unnest($1::uuid[]) WITH ORDINALITY AS page("id", "position")
       JOIN "engagement" e ON e."id" = page."id"
       JOIN "commune" c ON c."nis" = e."commune_nis"
      ORDER BY page."position"`,
    [ids],
  );
  return rows.map((row) => {
    const lead = row.consultants.find((c) => c.isLead);
    return {
      id: row.id,
      campaignId: row.campaign_id,
      commune: { nis: row.nis, name: row.commune_name, arrondissement: row.arrondissement },
      stage: row.stage,
      stageEnteredAt: row.stage_entered_at.toISOString(),
      version: row.version,
      lead: lead ? { id: lead.id, name: lead.name } : null,
      consultants: row.consultants,
      work: row.work,
    };
  });
}

/** Whether the filters read the commune (`c`): a query may leave the join out otherwise. */
export function filterReadsCommunes(filter: Partial<EngagementQuery>): boolean {
  return Boolean(filter.arrondissement || filter.q);
}

/**
 * The WHERE clause of the engagement filters, over `engagement e` joined with `commune c`:
 * the current campaign unless a campaign is named.
 */
export function engagementFilter(filter: Partial<EngagementQuery>): SqlFilter {
  const where = new SqlFilter();
  whereCampaign(where, 'e."campaign_id"', filter.campaignId);
  if (filter.stage) where.where('e."stage" = ?', filter.stage);
  if (filter.arrondissement) where.where('c."arrondissement" = ?', filter.arrondissement);
  if (filter.consultantId) where.where('EXISTS (SELECT 1 FROM "engagement_assignment" f WHERE f."engagement_id" = e."id" AND f."consultant_id" = ?)', filter.consultantId);
  if (filter.q) where.where(COMMUNE_TEXT_MATCHES, containsPattern(filter.q));
  return where;
}
