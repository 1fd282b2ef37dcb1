import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { isClosedStage, PIPELINE_STAGES, type Stage, stageOrder, type TransitionKind } from '@bep/domain';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { CampaignBillingTerms, MoveFeedback, moveFailure, type MoveResult, type MoveTarget, moveTargets, planMove, waitsForWork } from '@bep/web/engagements/data-access';
import { MoveConfirmation } from '@bep/web/engagements/ui';
import { type ApiFailure, FailureTextPipe } from '@bep/web/shared/data-access';
import { BepDatePipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { communeFailures } from '../shared/commune-failures';
import { LoadStatus } from '../shared/load-status';
import { stageSteps } from './stage-steps';

/**
 * The engagement's place on the main path, and the moves the stage rules of libs/domain allow the
 * user (moveTargets of @bep/web/engagements/data-access, so every page decides alike): the next
 * stage in one click, any other through "Déplacer vers…", with a note when the rules want one.
 * Before the work "Atelier tenu" bills is recorded as done, a consultant is told what to record
 * first instead of the next step, and a manager's next step asks for the note that overrides it.
 * A move into the billing stage is confirmed first (MoveConfirmation), and every move says what
 * happened, with *Annuler* where the rules allow the move back (MoveFeedback): as on the board.
 */
@Component({
  selector: 'bep-stage-stepper',
  imports: [BepDatePipe, FailureTextPipe, LoadStatus, MatButtonModule, MatMenuModule, MatProgressBarModule, TranslocoPipe],
  templateUrl: './stage-stepper.html',
  styleUrls: ['../shared/section.css', './stage-stepper.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageStepper {
  /** How the failures of this part of the page are worded. */
  protected readonly failures = communeFailures('commune.stage.stale');
  protected readonly store = inject(CommunePageStore);
  readonly #confirmation = inject(MoveConfirmation);
  readonly #feedback = inject(MoveFeedback);
  readonly #billingTerms = inject(CampaignBillingTerms);

  protected readonly engagement = this.store.engagement.value;
  protected readonly closed = computed(() => {
    const engagement = this.engagement();
    return engagement && isClosedStage(engagement.stage) ? { stage: engagement.stage, at: engagement.stageEnteredAt } : null;
  });
  protected readonly steps = computed(() => {
    const engagement = this.engagement();
    return engagement ? stageSteps(engagement) : [];
  });

  /** Who the user is on the engagement (a manager, a consultant of its team, or neither: no move). */
  readonly #actor = computed(() => this.store.permissions().actor);

  readonly #targets = computed<MoveTarget[]>(() => {
    const engagement = this.engagement();
    return engagement ? moveTargets(engagement.stage, this.#actor(), engagement.work) : [];
  });

  /** The move to the next stage on the main path, if the rules offer it. */
  readonly #following = computed(() => {
    const stage = this.engagement()?.stage;
    const order = stage ? stageOrder(stage) : null;
    // stageOrder counts from 1, so the stage after it sits at that index of PIPELINE_STAGES.
    const following = order ? PIPELINE_STAGES[order] : undefined;
    return this.#targets().find((target) => target.stage === following) ?? null;
  });

  /** One step forward, offered as the main action: plain, or a manager's override of the missing work (with its note). */
  protected readonly next = computed(() => {
    const following = this.#following();
    return following && !waitsForWork(following) && (!following.needsNote || following.missing) ? following : null;
  });

  /** The next step, waiting for work to be recorded as done: what to record first, instead of a button. */
  protected readonly workFirst = computed(() => {
    const following = this.#following();
    return following && waitsForWork(following) ? following : null;
  });

  protected readonly others = computed(() => this.#targets().filter((target) => target !== this.next() && !waitsForWork(target)));

  protected readonly moving = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  /** Asks what the move needs (its note, the confirmation of a move that bills), moves, and says what happened. */
  protected async move(target: MoveTarget): Promise<void> {
    const engagement = this.engagement();
    if (!engagement) return;
    const billing = await this.#billingTerms.of(engagement.campaignId);
    // The page's heading names the commune already.
    const answer = await this.#confirmation.ask({ from: engagement.stage, to: target.stage, kind: this.#kindOf(target), needsNote: target.needsNote, missing: target.missing, billing });
    if (!answer) return;
    const result = await this.#send(target.stage, answer.note);
    if (result.status === 'moved') {
      this.#feedback.announce({
        commune: this.store.commune.value()?.name ?? '',
        from: engagement.stage,
        moved: result.engagement,
        actor: this.#actor(),
        work: engagement.work,
        billing,
        moveBack: (back, note) => this.#send(back, note),
      });
    }
  }

  /** Sends the move through the page's store; a failure is said under the steps. */
  async #send(to: Stage, note: string | undefined): Promise<MoveResult> {
    this.moving.set(true);
    this.failure.set(null);
    try {
      const result = await this.store.move(to, note);
      if (result.status !== 'moved') this.failure.set(moveFailure(result));
      return result;
    } finally {
      this.moving.set(false);
    }
  }

  /** Which kind of move the target is, for the note prompt to say why it asks. */
  #kindOf(target: MoveTarget): TransitionKind {
    const engagement = this.engagement();
    const plan = engagement ? planMove(engagement.stage, target.stage, this.#actor(), engagement.work) : null;
    return plan && plan.outcome !== 'refused' ? plan.kind : 'forward';
  }
}
