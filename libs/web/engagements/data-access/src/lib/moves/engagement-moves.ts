import { Injectable, inject } from '@angular/core';
import type { Stage, TransitionActor, WorkDone } from '@bep/domain';
import { firstValueFrom } from 'rxjs';
import { EngagementsApi } from '../engagements-api';
import { failedMove, type MoveResult } from './move-result';
import { planMove } from './plan-move';

/** A stage move a user asks for. */
export interface MoveRequest {
  /** The engagement as the user saw it: its stage and work done for the rules, its version for the server's conflict check. */
  engagement: { id: string; stage: Stage; version: number; work: WorkDone };
  /** Who the user is on it (`engagementActor` of libs/domain); null: refused without a request. */
  actor: TransitionActor | null;
  to: Stage;
  /** Why, when the rules want it (skip, backward, close, reopen); trimmed, left out when blank. */
  note?: string;
}

/**
 * The client's one way to move an engagement to another stage, for every page that does: the
 * stage rules first (planMove, the function the API applies), then
 * POST /api/engagements/{id}/transitions with the version the user saw, every outcome as one
 * MoveResult. The promise never rejects for a refused or failed move; what to show then (put a
 * card back, reload, say why) is the page's.
 */
@Injectable({ providedIn: 'root' })
export class EngagementMoves {
  readonly #api = inject(EngagementsApi);

  /**
   * Moves the engagement. `sending` runs when the move passed the rules, just before the request
   * leaves and in the same turn as the call, so that a board can show the move at once.
   */
  async move({ engagement, actor, to, note }: MoveRequest, sending?: () => void): Promise<MoveResult> {
    const plan = planMove(engagement.stage, to, actor, engagement.work);
    const trimmed = note?.trim();
    const missing = plan.outcome !== 'allowed' && plan.missing ? { missing: plan.missing } : {};
    if (plan.outcome === 'refused') {
      return { status: 'refused', rule: plan.rule, message: plan.message, ...missing };
    }
    if (plan.outcome === 'needs-note' && !trimmed) {
      return { status: 'needs-note', kind: plan.kind, ...missing };
    }
    sending?.();
    try {
      const moved = await firstValueFrom(this.#api.transition(engagement.id, { to, version: engagement.version, ...(trimmed ? { note: trimmed } : {}) }));
      return { status: 'moved', engagement: moved };
    } catch (error) {
      return failedMove(error);
    }
  }
}
