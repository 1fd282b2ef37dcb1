import { UnprocessableEntityException } from '@nestjs/common';
import type { TransitionResult } from '@bep/contracts';
import { checkTransition, type Stage, type TransitionActor } from '@bep/domain';
import type { Actor, AuditService } from '@bep/server/core/audit';
import { recordStageMoves } from '@bep/server/core/database';
import { addToOutbox, billingJobsForMove, jobsForEngagementChange } from '@bep/server/core/queue';
import type { EntityManager } from 'typeorm';
import type { LockedEngagement } from './engagement-lock';

/** A move of an engagement as its author asks for it: a user on a page, or the commune submitting its questionnaire. */
export interface StageMoveRequest {
  to: Stage;
  actor: TransitionActor;
  note?: string | null;
  /** The user who moves it; null for the commune, through its link. */
  by: string | null;
  at: Date;
}

/**
 * The stage rules (422 with `type: urn:bep:stage-rule:<rule>`), then the move of the engagement
 * `lockForMove` locked, in the caller's transaction: the history row and the new stage and version,
 * the audit entry, and in one write to the outbox the jobs the move implies (the reminders it plans
 * or withdraws; entering the campaign's billing stage queues the diagnostic's draft invoice).
 * Every stage move of the API goes through here, whoever asks for it.
 */
export async function applyStageMove(manager: EntityManager, audit: AuditService, auditActor: Actor, id: string, locked: LockedEngagement, request: StageMoveRequest): Promise<TransitionResult> {
  const check = checkTransition({ from: locked.stage, to: request.to, actor: request.actor, note: request.note, work: locked.work });
  if (!check.allowed) {
    throw new UnprocessableEntityException({ type: `urn:bep:stage-rule:${check.rule}`, title: 'Stage rule broken', detail: check.message });
  }
  const moves = await recordStageMoves(manager, [{ engagementId: id, from: locked.stage, to: request.to, at: request.at, by: request.by, note: request.note }]);
  const moved = moves.get(id);
  if (!moved) {
    throw new Error(`Engagement ${id} locked but not updated`);
  }
  await audit.record(manager, auditActor, {
    action: 'transition',
    entityType: 'engagement',
    entityId: id,
    before: { stage: locked.stage, version: locked.version },
    // enteredAt is the stage history row's date: the timeline finds by it the rule this move overrode, if any.
    after: { stage: moved.stage, version: moved.version, kind: check.kind, note: request.note ?? null, enteredAt: moved.stageEnteredAt.toISOString(), overrides: check.overrides ?? null, missing: check.missing ?? null },
  });
  await addToOutbox(manager, [
    ...jobsForEngagementChange(id, `v${moved.version}`),
    ...billingJobsForMove({ engagementId: id, from: locked.stage, to: moved.stage, billingStage: locked.billingStage }),
  ]);
  return { id, stage: moved.stage, stageEnteredAt: moved.stageEnteredAt.toISOString(), version: moved.version, lead: locked.lead, kind: check.kind };
}
