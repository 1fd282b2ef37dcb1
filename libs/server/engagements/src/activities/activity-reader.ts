import type { Activity, ActivityQuery } from '@bep/contracts';
import type { ActivityType } from '@bep/domain';
import { brusselsDayStartSql, SqlFilter, whereCampaign } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';

interface ActivityRow {
  id: string;
  engagement_id: string;
  nis: string;
  commune_name: string;
  type: ActivityType;
  subject: string;
  scheduled_at: Date | null;
  duration_minutes: number;
  completed_at: Date | null;
  location: string | null;
  outcome: string | null;
  contacts: { id: string; name: string; function: string }[];
  consultants: { id: string; name: string }[];
  created_by_id: string | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
}

export type ActivityFilter = Partial<ActivityQuery> & { id?: string };

/**
 * Reads activities with their commune and participants in one query. Without an engagement (or
 * an id) it reads the current campaign's, as the calendar does. Scheduled ones come first in
 * time order, then the unscheduled by creation.
 */
export async function readActivities(manager: EntityManager, filter: ActivityFilter): Promise<{ items: Activity[]; total: number }> {
  const where = activityFilter(filter);
  const from = `FROM "activity" a
                  JOIN "engagement" e ON e."id" = a."engagement_id"
                  JOIN "commune" c ON c."nis" = e."commune_nis"
                  LEFT JOIN "app_user" u ON u."id" = a."created_by"
                ${where.sql}`;
  const [counted] = await manager.query<{ total: string }[]>(`SELECT count(*) AS total ${from}`, where.params);
  const rows = await manager.query<ActivityRow[]>(
    `SELECT a."id", a."engagement_id", c."nis", c."name" AS commune_name, a."type", a."subject", a."scheduled_at", a."duration_minutes",
            a."completed_at", a."location", a."outcome", u."id" AS created_by_id, u."full_name" AS created_by_name, a."created_at", a."updated_at",
            COALESCE((SELECT json_agg(json_build_object('id', p."id", 'name', p."full_name", 'function', p."function") ORDER BY p."full_name")
                        FROM "activity_participant" ap JOIN "contact" p ON p."id" = ap."contact_id" WHERE ap."activity_id" = a."id"), '[]') AS contacts,
            COALESCE((SELECT json_agg(json_build_object('id', k."id", 'name', k."full_name") ORDER BY k."full_name")
                        FROM "activity_participant" ap JOIN "consultant" k ON k."id" = ap."consultant_id" WHERE ap."activity_id" = a."id"), '[]') AS consultants
       ${from}
      ORDER BY a."scheduled_at" NULLS LAST, a."created_at", a."id"
      LIMIT ${where.next(filter.limit ?? 100)} OFFSET ${where.next(filter.offset ?? 0)}`,
    where.params,
  );
  return { items: rows.map(toActivity), total: Number(counted?.total ?? 0) };
}

function toActivity(row: ActivityRow): Activity {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    commune: { nis: row.nis, name: row.commune_name },
    type: row.type,
    subject: row.subject,
    scheduledAt: row.scheduled_at?.toISOString() ?? null,
    durationMinutes: row.duration_minutes,
    completedAt: row.completed_at?.toISOString() ?? null,
    location: row.location,
    outcome: row.outcome,
    participants: { contacts: row.contacts, consultants: row.consultants },
    createdBy: row.created_by_id && row.created_by_name ? { id: row.created_by_id, name: row.created_by_name } : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The WHERE clause over `activity a` joined with `engagement e`. Dates are Brussels calendar days. */
function activityFilter(filter: ActivityFilter): SqlFilter {
  const where = new SqlFilter();
  if (filter.id) where.where('a."id" = ?', filter.id);
  if (filter.engagementId) where.where('a."engagement_id" = ?', filter.engagementId);
  if ((!filter.id && !filter.engagementId) || filter.campaignId) whereCampaign(where, 'e."campaign_id"', filter.campaignId);
  if (filter.type) where.where('a."type" = ?', filter.type);
  if (filter.consultantId) where.where('EXISTS (SELECT 1 FROM "activity_participant" f WHERE f."activity_id" = a."id" AND f."consultant_id" = ?)', filter.consultantId);
  if (filter.from) where.where(`a."scheduled_at" >= ${brusselsDayStartSql('?::date')}`, filter.from);
  if (filter.to) where.where(`a."scheduled_at" < ${brusselsDayStartSql('?::date + 1')}`, filter.to);
  if (filter.pending === true) where.where('a."scheduled_at" IS NOT NULL AND a."completed_at" IS NULL');
  if (filter.pending === false) where.where('a."completed_at" IS NOT NULL');
  return where;
}
