import { ALL_STAGES, type PipelineStage } from '@bep/domain';
import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../common/page';
import { calendarDay } from '../common/calendar';
import { text } from '../common/text';
import { reminderSettingsPatchSchema, reminderSettingsSchema } from './reminder-settings';

/**
 * Campaigns: one run of the programme for the communes. Money is integer cents excluding VAT,
 * shares are basis points (5000 = 50 %), dates are calendar days (`YYYY-MM-DD`).
 */

/** Integer cents of a price (the database keeps them as 32-bit integers). */
const priceCents = z.number().int().min(0).max(2_147_483_647);
/** Integer cents of an envelope (kept as a 64-bit integer; JSON numbers stay exact up to 2^53). */
const amountCents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** An amount drawn from the invoices: only their readers get it. */
const invoicedAmountCents = amountCents.nullable().meta({ description: 'Null unless the user reads invoices (finance, manager)' });
/** Basis points: 0 to 10000 (100 %). */
const basisPoints = z.number().int().min(0).max(10_000);
const currency = z.literal('EUR');
/** EN 16931 VAT category: `O` not subject to VAT, `S` standard rate (21 %). */
const vatCategorySchema = z.enum(['S', 'O']);
export type VatCategory = z.infer<typeof vatCategorySchema>;

/**
 * The stages a campaign may bill at: entering it queues the commune's co-financing invoice, so it
 * is a stage an engagement enters by a move on the main path (not the first, which it starts at).
 */
export const CAMPAIGN_BILLING_STAGES = ['survey_answered', 'diagnostic_requested', 'workshop_held', 'accompaniment'] as const satisfies readonly PipelineStage[];
const billingStageSchema = z.enum(CAMPAIGN_BILLING_STAGES);

const name = text().trim().min(1, 'required').max(200);
const day = calendarDay();

const campaignPricesSchema = z.object({
  currency,
  vatCategory: vatCategorySchema,
  /** The personalised diagnostic: its price and BEP's share of it (the commune is invoiced the rest). */
  diagnostic: z.object({ priceCents, bepShareBp: basisPoints }),
  /** Accompaniment, billed per day. */
  accompanimentDay: z.object({ rateCents: priceCents, bepShareBp: basisPoints }),
});
export type CampaignPrices = z.infer<typeof campaignPricesSchema>;

/**
 * BEP's budget: the envelope, and what is committed: BEP's share of the diagnostic (rounded once
 * per engagement, half away from zero) for each engagement at `diagnostic_requested` or a later
 * stage of the main path. BEP's share of a diagnostic is what BEP pays of it: the campaign's
 * diagnostic price times its BEP share, the same amount per engagement in `committedCents`,
 * `invoicedCents` and `paidCents`, each engagement counted once, so that the three compare (one
 * billed, then closed, stays invoiced though no longer committed).
 *
 * The four figures drawn from the invoices (`invoicedCents`, `paidCents`, `billedToCommunesCents`,
 * `collectedCents`) are null for a user who does not read invoices (consultants, administrators:
 * SPEC, "Users and roles"); the envelope, committed and remaining are everyone's.
 */
const campaignBudgetSchema = z.object({
  envelopeCents: amountCents,
  committedCents: amountCents,
  /**
   * BEP's share of the diagnostic for each engagement whose co-financing invoice of the diagnostic
   * (the commune's share) is issued: neither a draft nor wholly credited (paid or not).
   */
  invoicedCents: invoicedAmountCents,
  /** BEP's share of the diagnostic for each engagement whose diagnostic invoice is paid in full. */
  paidCents: invoicedAmountCents,
  /** Envelope minus committed; negative when the envelope is exceeded. */
  remainingCents: z.number().int(),
  /**
   * What the communes were billed, VAT included: every issued co-financing invoice of the campaign
   * (diagnostic, accompaniment, other), net of its credit notes. Their side of the co-financing,
   * beside BEP's, for finance.
   */
  billedToCommunesCents: invoicedAmountCents,
  /** What the communes paid of it (the payments recorded). */
  collectedCents: invoicedAmountCents,
  currency,
});
export type CampaignBudget = z.infer<typeof campaignBudgetSchema>;

/**
 * Where a campaign is in its life: `open` (its engagements move, its reminders go out), `closed`
 * (the work is over: no late item counts, no reminder leaves; its settings may still be corrected,
 * and it may be reopened), `archived` (read-only for good; it leaves the switchers). The current
 * campaign may be closed, never archived: another is made current first.
 */
export const CAMPAIGN_STATUSES = ['open', 'closed', 'archived'] as const;
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

export const campaignSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  startsOn: day,
  endsOn: day,
  /** When the whole programme must be done at the latest. */
  deadline: day,
  /** The campaign that lists, the board and the communes show by default; at most one. */
  isCurrent: z.boolean(),
  status: campaignStatusSchema,
  /** When it was last closed (kept when it is archived, cleared when it is reopened). */
  closedAt: z.iso.datetime().nullable(),
  archivedAt: z.iso.datetime().nullable(),
  prices: campaignPricesSchema,
  billingStage: z.enum(ALL_STAGES),
  reminderSettings: reminderSettingsSchema,
  budget: campaignBudgetSchema,
  engagements: z.object({
    total: z.number().int().min(0),
    byStage: z.record(z.enum(ALL_STAGES), z.number().int().min(0)),
  }),
  createdAt: z.iso.datetime(),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignPageSchema = pageSchema(campaignSchema);
export type CampaignPage = z.infer<typeof campaignPageSchema>;

const STATUS_LIST = new RegExp(`^(${CAMPAIGN_STATUSES.join('|')})(,(${CAMPAIGN_STATUSES.join('|')}))*$`);

/** `status=open` or `status=open,closed`: the statuses asked for, each once. */
const statusListSchema = text()
  .max(100)
  .regex(STATUS_LIST, `one or several of ${CAMPAIGN_STATUSES.join(', ')}, separated by commas`)
  .transform((value) => [...new Set(value.split(','))] as CampaignStatus[]);

/** `GET /api/campaigns`: newest first; `q` searches the name; every status unless `status` names some. */
export const campaignQuerySchema = z.object({
  q: text().trim().max(100).optional().meta({ description: 'Part of the name, regardless of case', example: '2019' }),
  status: statusListSchema
    .optional()
    .meta({ description: `One status or several separated by commas (${CAMPAIGN_STATUSES.join(', ')}), e.g. \`open,closed\` for the campaigns a switcher offers; every status when left out` }),
  ...pageQueryShape(),
});
export type CampaignQuery = z.infer<typeof campaignQuerySchema>;

interface CampaignDates {
  startsOn?: string;
  endsOn?: string;
  deadline?: string;
}

/** The rule of the database's `campaign_dates_ordered`: the end and the deadline are not before the start. */
export function campaignDateIssues(dates: CampaignDates): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (dates.startsOn && dates.endsOn && dates.endsOn < dates.startsOn) issues.push({ path: 'endsOn', message: 'the campaign cannot end before it starts' });
  if (dates.startsOn && dates.deadline && dates.deadline < dates.startsOn) issues.push({ path: 'deadline', message: 'the deadline cannot be before the start' });
  return issues;
}

function checkDates(dates: CampaignDates, context: z.RefinementCtx): void {
  for (const issue of campaignDateIssues(dates)) {
    context.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }
}

/**
 * `POST /api/campaigns`. Unknown fields are refused (a misspelt setting would otherwise be lost).
 * `reminderSettings` holds only what differs from the default reminder settings.
 */
export const createCampaignRequestSchema = z
  .strictObject({
    name,
    startsOn: day,
    endsOn: day,
    deadline: day,
    prices: z.strictObject({
      currency: currency.default('EUR'),
      vatCategory: vatCategorySchema.default('O'),
      diagnostic: z.strictObject({ priceCents, bepShareBp: basisPoints.default(5000) }),
      accompanimentDay: z.strictObject({ rateCents: priceCents.default(0), bepShareBp: basisPoints.default(0) }).prefault({}),
    }),
    billingStage: billingStageSchema.default('workshop_held'),
    reminderSettings: reminderSettingsPatchSchema.default({}),
    budget: z.strictObject({ envelopeCents: amountCents.default(0), currency: currency.default('EUR') }).prefault({}),
  })
  .superRefine(checkDates);
export type CreateCampaignRequest = z.infer<typeof createCampaignRequestSchema>;

/**
 * `PATCH /api/campaigns/{id}`: any of the settings; what is not named stays as it is, down to a
 * single price or reminder field. Dates are checked against the stored ones too (422).
 */
export const updateCampaignRequestSchema = z
  .strictObject({
    name,
    startsOn: day,
    endsOn: day,
    deadline: day,
    prices: z
      .strictObject({
        vatCategory: vatCategorySchema,
        diagnostic: z.strictObject({ priceCents, bepShareBp: basisPoints }).partial(),
        accompanimentDay: z.strictObject({ rateCents: priceCents, bepShareBp: basisPoints }).partial(),
      })
      .partial(),
    billingStage: billingStageSchema,
    reminderSettings: reminderSettingsPatchSchema,
    budget: z.strictObject({ envelopeCents: amountCents }),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change')
  .superRefine(checkDates);
export type UpdateCampaignRequest = z.infer<typeof updateCampaignRequestSchema>;

/**
 * `GET /api/campaigns/{id}/communes-without-contact`: the campaign's communes that no e-mail
 * reaches (no contact with an address), by name, so that their questionnaire's invitation cannot
 * leave (its reminder is skipped `no-recipient`) until someone adds one.
 */
export const communesWithoutContactSchema = z.strictObject({
  items: z.array(z.strictObject({ nis: z.string(), name: z.string(), stage: z.enum(ALL_STAGES) })),
});
export type CommunesWithoutContact = z.infer<typeof communesWithoutContactSchema>;
