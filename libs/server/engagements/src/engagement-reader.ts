import type { EngagementListItem, EngagementQuery } from '@bep/contracts';
import type { Stage, WorkDone } from '@bep/domain';
import { containsPattern, SqlFilter, whereCampaign } from '@bep/server/core/database';
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

/**
 * Reads engagements with their commune and consultants in one query; filters are optional.
 * Used for lists and, with an id, for one engagement.
 */
export async function readEngagements(
  manager: EntityManager,
  filter: Partial<EngagementQuery> & { id?: string },
): Promise<{ items: EngagementListItem[]; total: number }> {
  const where = engagementFilter(filter);
  const from = `FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis" ${where.sql}`;
  const [counted] = await manager.query<{ total: string }[]>(`SELECT count(*) AS total ${from}`, where.params);
  // The page's ids first, so that the consultants are gathered for those rows only, not for
  // every row the OFFSET skips.
  const rows = await manager.query<EngagementRow[]>(
    `SELECT e."id", e."campaign_id", c."nis", c."name" AS commune_name, c."arrondissement", e."stage", e."stage_entered_at", e."version",
            COALESCE((SELECT json_agg(json_build_object('id', k."id", 'name', k."full_name", 'isLead', a."is_lead") ORDER BY a."is_lead" DESC, k."full_name")
                        FROM "engagement_assignment" a JOIN "consultant" k ON k."id" = a."consultant_id" WHERE a."engagement_id" = e."id"), '[]') AS consultants,
            ${workDoneSql('e')} AS work
       FROM (SELECT e."id" ${from} ORDER BY c."name", e."id" LIMIT ${where.next(filter.limit ?? 50)} OFFSET ${where.next(filter.offset ?? 0)}) page
       JOIN "engagement" e ON e."id" = page."id"
       JOIN "commune" c ON c."nis" = e."commune_nis"
      ORDER BY c."name", e."id"`,
    where.params,
  );
  return {
    items: rows.map((row) => {
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
    }),
    total: Number(counted?.total ?? 0),
  };
}

/** Whether the filters read the commune (`c`): a query may leave the join out otherwise. */
export function filterReadsCommunes(filter: Partial<EngagementQuery>): boolean {
  return Boolean(filter.arrondissement || filter.q);
}

/**
 * The WHERE clause of the engagement filters, over `engagement e` joined with `commune c`:
 * the current campaign unless a campaign (or one engagement) is named.
 */
export function engagementFilter(filter: Partial<EngagementQuery> & { id?: string }): SqlFilter {
  const where = new SqlFilter();
  if (filter.id) where.where('e."id" = ?', filter.id);
  if (!filter.id || filter.campaignId) whereCampaign(where, 'e."campaign_id"', filter.campaignId);
  if (filter.stage) where.where('e."stage" = ?', filter.stage);
  if (filter.arrondissement) where.where('c."arrondissement" = ?', filter.arrondissement);
  if (filter.consultantId) where.where('EXISTS (SELECT 1 FROM "engagement_assignment" f WHERE f."engagement_id" = e."id" AND f."consultant_id" = ?)', filter.consultantId);
  if (filter.q) where.where('(c."name" ILIKE ? OR c."nis" LIKE ?)', containsPattern(filter.q));
  return where;
}
