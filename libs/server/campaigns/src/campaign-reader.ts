import { readReminderSettings, readsInvoices, type Campaign, type CampaignStatus, type Role } from '@bep/contracts';
import { ALL_STAGES, type Stage } from '@bep/domain';
import { containsPattern, SqlFilter } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';
import { bepShareCents, committedCents } from './budget';

interface CampaignRow {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  deadline: string;
  is_current: boolean;
  status: CampaignStatus;
  closed_at: Date | null;
  archived_at: Date | null;
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
  /** Engagements whose diagnostic invoice is issued (neither a draft nor wholly credited), and those paid in full. */
  invoiced_engagements: number;
  paid_engagements: number;
  /** Sums of bigint, which the driver hands over as strings. */
  billed_cents: string;
  collected_cents: string;
}

export interface CampaignFilter {
  id?: string;
  current?: boolean;
  q?: string;
  status?: readonly CampaignStatus[];
  limit?: number;
  offset?: number;
}

/** Who reads the campaigns: the budget's figures drawn from the invoices are for the readers of invoices only. */
export interface CampaignViewer {
  roles: readonly Role[];
}

/**
 * Reads campaigns with their engagement counts per stage in one query, newest first (by start,
 * then creation). Used for the list, for one campaign (`id`) and for the current one.
 */
export async function readCampaigns(manager: EntityManager, filter: CampaignFilter, viewer: CampaignViewer): Promise<{ items: Campaign[]; total: number }> {
  const where = new SqlFilter();
  if (filter.id) where.where('c."id" = ?', filter.id);
  if (filter.current) where.where('c."is_current"');
  if (filter.q) where.where('c."name" ILIKE ?', containsPattern(filter.q));
  if (filter.status) where.where('c."status" = ANY(?::text[])', filter.status);
  const [counted] = await manager.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM "campaign" c ${where.sql}`, where.params);
  const rows = await manager.query<CampaignRow[]>(
    `SELECT c."id", c."name", to_char(c."starts_on", 'YYYY-MM-DD') AS starts_on, to_char(c."ends_on", 'YYYY-MM-DD') AS ends_on,
            to_char(c."deadline", 'YYYY-MM-DD') AS deadline, c."is_current", c."status", c."closed_at", c."archived_at", c."diagnostic_price_cents", c."diagnostic_bep_share_bp",
            c."accompaniment_day_rate_cents", c."accompaniment_bep_share_bp", c."vat_category", c."billing_stage", c."reminder_settings",
            c."budget_cents", c."created_at",
            COALESCE((SELECT json_object_agg(s."stage", s."n")
                        FROM (SELECT e."stage", count(*)::int AS n FROM "engagement" e WHERE e."campaign_id" = c."id" GROUP BY e."stage") s), '{}'::json) AS by_stage,
            b."invoiced_engagements", b."paid_engagements", b."billed_cents", b."collected_cents"
       FROM "campaign" c
       ${BILLED_SQL}
       ${where.sql}
      ORDER BY c."starts_on" DESC, c."created_at" DESC, c."id"
      LIMIT ${where.next(filter.limit ?? 50)} OFFSET ${where.next(filter.offset ?? 0)}`,
    where.params,
  );
  const withInvoices = readsInvoices(viewer.roles);
  return { items: rows.map((row) => toCampaign(row, withInvoices)), total: counted?.total ?? 0 };
}

/**
 * What the campaign's co-financing invoices say (the billing capability writes them; this reads the
 * table as it is, never its code): per engagement, whether its diagnostic invoice is issued and
 * not wholly credited (`issued` or `paid`), or paid in full; and the communes' side, VAT included:
 * what was billed net of credit notes, and what was paid. Drafts and credit notes count for
 * nothing on their own: a credit note is in its invoice's `credited_cents`.
 */
const BILLED_SQL = `LEFT JOIN LATERAL (
         SELECT count(DISTINCT i."engagement_id") FILTER (WHERE i."service" = 'diagnostic' AND i."status" IN ('issued', 'paid'))::int AS invoiced_engagements,
                count(DISTINCT i."engagement_id") FILTER (WHERE i."service" = 'diagnostic' AND i."status" = 'paid')::int AS paid_engagements,
                COALESCE(sum(i."gross_cents" - i."credited_cents"), 0) AS billed_cents,
                COALESCE(sum(i."paid_cents"), 0) AS collected_cents
           FROM "invoice" i
          WHERE i."campaign_id" = c."id" AND i."kind" = 'invoice' AND i."status" <> 'draft'
       ) b ON TRUE`;

/**
 * One row as the Campaign contract: stored reminder settings read over the defaults, budget
 * derived; the figures drawn from the invoices only `withInvoices` (a consultant sees no invoice).
 */
function toCampaign(row: CampaignRow, withInvoices: boolean): Campaign {
  const byStage = Object.fromEntries(ALL_STAGES.map((stage) => [stage, row.by_stage[stage] ?? 0])) as Record<Stage, number>;
  const envelopeCents = Number(row.budget_cents);
  const committed = committedCents(byStage, row.diagnostic_price_cents, row.diagnostic_bep_share_bp);
  const perDiagnostic = bepShareCents(row.diagnostic_price_cents, row.diagnostic_bep_share_bp);
  return {
    id: row.id,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    deadline: row.deadline,
    isCurrent: row.is_current,
    status: row.status,
    closedAt: row.closed_at?.toISOString() ?? null,
    archivedAt: row.archived_at?.toISOString() ?? null,
    prices: {
      currency: 'EUR',
      vatCategory: row.vat_category,
      diagnostic: { priceCents: row.diagnostic_price_cents, bepShareBp: row.diagnostic_bep_share_bp },
      accompanimentDay: { rateCents: row.accompaniment_day_rate_cents, bepShareBp: row.accompaniment_bep_share_bp },
    },
    billingStage: row.billing_stage,
    reminderSettings: readReminderSettings(row.reminder_settings),
    budget: {
      envelopeCents,
      committedCents: committed,
      invoicedCents: withInvoices ? perDiagnostic * row.invoiced_engagements : null,
      paidCents: withInvoices ? perDiagnostic * row.paid_engagements : null,
      remainingCents: envelopeCents - committed,
      billedToCommunesCents: withInvoices ? Number(row.billed_cents) : null,
      collectedCents: withInvoices ? Number(row.collected_cents) : null,
      currency: 'EUR',
    },
    engagements: { total: Object.values(byStage).reduce((sum, n) => sum + n, 0), byStage },
    createdAt: row.created_at.toISOString(),
  };
}
