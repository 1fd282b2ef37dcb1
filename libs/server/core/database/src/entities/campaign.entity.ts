import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { QuestionnaireVersionEntity } from './questionnaire-version.entity';
import { STAGE_SQL_LIST } from './sql-list';

/** Per-rule reminder settings; the reminders capability gives them meaning. */
export type ReminderSettings = Record<string, unknown>;

/**
 * One run of the programme (e.g. "Radioscopie numérique 2019"). Prices are integer cents
 * excluding VAT; shares are basis points (5000 = 50 %) so that no rate is a float.
 */
@Entity({ name: 'campaign' })
@Index('campaign_single_current', ['isCurrent'], { unique: true, where: '"is_current"' })
@Check('campaign_dates_ordered', `"ends_on" >= "starts_on" AND "deadline" >= "starts_on"`)
@Check('campaign_money_positive', `"diagnostic_price_cents" >= 0 AND "accompaniment_day_rate_cents" >= 0 AND "budget_cents" >= 0`)
@Check('campaign_shares_range', `"diagnostic_bep_share_bp" BETWEEN 0 AND 10000 AND "accompaniment_bep_share_bp" BETWEEN 0 AND 10000`)
@Check('campaign_vat_category_valid', `"vat_category" IN ('S', 'O')`)
@Check('campaign_billing_stage_valid', `"billing_stage" IN (${STAGE_SQL_LIST})`)
@Check('campaign_status_valid', `"status" IN ('open', 'closed', 'archived')`)
@Check('campaign_status_dates', `("status" = 'open') = ("closed_at" IS NULL) AND ("status" = 'archived') = ("archived_at" IS NOT NULL)`)
@Check('campaign_current_not_archived', `NOT ("is_current" AND "status" = 'archived')`)
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'date' })
  deadline!: string;

  /** The campaign that lists and the board show by default; at most one. */
  @Column({ name: 'is_current', type: 'boolean', default: false })
  isCurrent!: boolean;

  /** open, closed (no late items, no reminders), archived (read-only); see the campaigns capability. */
  @Column({ type: 'text', default: 'open' })
  status!: 'open' | 'closed' | 'archived';

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** The questionnaire version its communes answer; null: the campaign has no online questionnaire. */
  @Column({ name: 'questionnaire_version_id', type: 'uuid', nullable: true })
  questionnaireVersionId!: string | null;

  @ManyToOne(() => QuestionnaireVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'questionnaire_version_id' })
  questionnaireVersion?: QuestionnaireVersionEntity | null;

  @Column({ name: 'diagnostic_price_cents', type: 'integer' })
  diagnosticPriceCents!: number;

  @Column({ name: 'diagnostic_bep_share_bp', type: 'integer', default: 5000 })
  diagnosticBepShareBp!: number;

  @Column({ name: 'accompaniment_day_rate_cents', type: 'integer', default: 0 })
  accompanimentDayRateCents!: number;

  @Column({ name: 'accompaniment_bep_share_bp', type: 'integer', default: 0 })
  accompanimentBepShareBp!: number;

  /** EN 16931 VAT category: O (not subject to VAT) or S (standard rate). */
  @Column({ name: 'vat_category', type: 'char', length: 1, default: 'O' })
  vatCategory!: 'S' | 'O';

  /** Entering this stage queues the commune's co-financing invoice. */
  @Column({ name: 'billing_stage', type: 'text', default: 'workshop_held' })
  billingStage!: string;

  @Column({ name: 'reminder_settings', type: 'jsonb', default: () => "'{}'" })
  reminderSettings!: ReminderSettings;

  /** BEP's envelope for its share of the campaign, in cents. */
  @Column({ name: 'budget_cents', type: 'bigint', default: 0 })
  budgetCents!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
