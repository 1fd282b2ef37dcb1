import { readReminderSettings, type Campaign } from '@bep/contracts';
import { ALL_STAGES, type Stage } from '@bep/domain';
import { containsPattern, SqlFilter } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';
import { committedCents } from './budget';

interface CampaignRow {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  deadline: string;
  is_current: boolean;
  diagnostic_price_cents: number;
  diagnostic_bep_share_bp: number;
  accompaniment_day_rate_cents: number;
  accompaniment_bep_share_bp: number;
  vat_category: 'S' | 'O';
  billing_stage: Stage;
  reminder_settings: unknown;
  budget_cents: string;
  created_at: Date;
  by_stage: Partial<Record<Stage, number>>;
}

export interface CampaignFilter {
  id?: string;
  current?: boolean;
  q?: string;
  limit?: number;
  offset?: number;
}

/**
 * Reads campaigns with their engagement counts per stage in one query, newest first (by start,
 * then creation). Used for the list, for one campaign (`id`) and for the current one.
 */
export async function readCampaigns(manager: EntityManager, filter: CampaignFilter): Promise<{ items: Campaign[]; total: number }> {
  const where = new SqlFilter();
  if (filter.id) where.where('c."id" = ?', filter.id);
  if (filter.current) where.where('c."is_current"');
  if (filter.q) where.where('c."name" ILIKE ?', containsPattern(filter.q));
  const [counted] = await manager.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM "campaign" c ${where.sql}`, where.params);
  const rows = await manager.query<CampaignRow[]>(
    `SELECT c."id", c."name", to_char(c."starts_on", 'YYYY-MM-DD') AS starts_on, to_char(c."ends_on", 'YYYY-MM-DD') AS ends_on,
            to_char(c."deadline", 'YYYY-MM-DD') AS deadline, c."is_current", c."diagnostic_price_cents", c."diagnostic_bep_share_bp",
            c."accompaniment_day_rate_cents", c."accompaniment_bep_share_bp", c."vat_category", c."billing_stage", c."reminder_settings",
            c."budget_cents", c."created_at",
            COALESCE((SELECT json_object_agg(s."stage", s."n")
                        FROM (SELECT e."stage", count(*)::int AS n FROM "engagement" e WHERE e."campaign_id" = c."id" GROUP BY e."stage") s), '{}'::json) AS by_stage
       FROM "campaign" c ${where.sql}
      ORDER BY c."starts_on" DESC, c."created_at" DESC, c."id"
      LIMIT ${where.next(filter.limit ?? 50)} OFFSET ${where.next(filter.offset ?? 0)}`,
    where.params,
  );
  return { items: rows.map(toCampaign), total: counted?.total ?? 0 };
}

/** One row as the Campaign contract: stored reminder settings read over the defaults, budget derived. */
function toCampaign(row: CampaignRow): Campaign {
  const byStage = Object.fromEntries(ALL_STAGES.map((stage) => [stage, row.by_stage[stage] ?? 0])) as Record<Stage, number>;
  const envelopeCents = Number(row.budget_cents);
  const committed = committedCents(byStage, row.diagnostic_price_cents, row.diagnostic_bep_share_bp);
  return {
    id: row.id,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    deadline: row.deadline,
    isCurrent: row.is_current,
    prices: {
      currency: 'EUR',
      vatCategory: row.vat_category,
      diagnostic: { priceCents: row.diagnostic_price_cents, bepShareBp: row.diagnostic_bep_share_bp },
      accompanimentDay: { rateCents: row.accompaniment_day_rate_cents, bepShareBp: row.accompaniment_bep_share_bp },
    },
    billingStage: row.billing_stage,
    reminderSettings: readReminderSettings(row.reminder_settings),
    budget: { envelopeCents, committedCents: committed, remainingCents: envelopeCents - committed, currency: 'EUR' },
    engagements: { total: Object.values(byStage).reduce((sum, n) => sum + n, 0), byStage },
    createdAt: row.created_at.toISOString(),
  };
}
