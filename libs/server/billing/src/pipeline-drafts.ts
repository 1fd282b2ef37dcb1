import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { reachedBillingStage, type Stage } from '@bep/domain';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import type { DataSource } from 'typeorm';
import { readBillingTerms } from './billing-terms';
import { clearDraftFailure, recordDraftFailure } from './draft-failures';
import { draftLinesFor, priceLines, totalsOf } from './draft-lines';
import { insertDraft } from './invoice-writer';

/** What a run of the billing job did. */
export type PipelineDraftOutcome = 'created' | 'exists' | 'not-billable' | 'no-engagement';

const SYSTEM: Actor = { userId: null, requestId: null };

/** The key that makes the pipeline's diagnostic draft of an engagement once, whatever runs the job. */
export const diagnosticOriginKey = (engagementId: string) => `diagnostic/${engagementId}`;

/**
 * The drafts the pipeline calls for (job `create-draft`): when an engagement enters its campaign's
 * billing stage, the commune's share of the diagnostic at the campaign's price, in one transaction
 * with its audit entry. Idempotent: the origin key is unique and the insert does nothing on it,
 * so a job run twice, or two workers at once, make one draft; a diagnostic finance already
 * billed by hand (not credited) is not billed again.
 */
@Injectable()
export class PipelineDrafts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async createDiagnosticDraft(engagementId: string): Promise<PipelineDraftOutcome> {
    const originKey = diagnosticOriginKey(engagementId);
    return this.dataSource.transaction(async (manager) => {
      const terms = await readBillingTerms(manager, engagementId);
      if (!terms) return 'no-engagement';
      const [engagement] = await manager.query<{ stage: Stage; billed: boolean }[]>(
        `SELECT e."stage", EXISTS (SELECT 1 FROM "invoice" i WHERE i."engagement_id" = e."id" AND i."kind" = 'invoice'
                                      AND i."service" = 'diagnostic' AND i."status" <> 'credited') AS billed
           FROM "engagement" e WHERE e."id" = $1`,
        [engagementId],
      );
      // Moved back before the job ran (a manager's correction): nothing to bill any more.
      if (!engagement || !reachedBillingStage(engagement.stage, terms.billingStage as Stage)) return 'not-billable';
      if (engagement.billed) {
        await clearDraftFailure(manager, originKey);
        return 'exists';
      }
      const lines = priceLines(draftLinesFor('diagnostic', undefined), 'diagnostic', terms, terms.vatCategory);
      const id = await insertDraft(
        manager,
        {
          kind: 'invoice',
          service: 'diagnostic',
          campaignId: terms.campaignId,
          engagementId,
          communeNis: terms.communeNis,
          vatCategory: terms.vatCategory,
          originKey,
          creditedInvoiceId: null,
          note: null,
          by: null,
          at: this.clock.now(),
        },
        lines,
      );
      await clearDraftFailure(manager, originKey);
      if (!id) return 'exists';
      await this.audit.record(manager, SYSTEM, {
        action: 'create',
        entityType: 'invoice',
        entityId: id,
        after: { status: 'draft', origin: originKey, grossCents: totalsOf(lines).grossCents },
      });
      return 'created';
    });
  }

  /** A failed attempt, where finance sees it (`GET /api/invoices/draft-failures`) until the draft is made. */
  async recordFailure(engagementId: string, error: string, attempts: number): Promise<void> {
    await recordDraftFailure(this.dataSource.manager, { originKey: diagnosticOriginKey(engagementId), engagementId, error, attempts, at: this.clock.now() });
  }
}
