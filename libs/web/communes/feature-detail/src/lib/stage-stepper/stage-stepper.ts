import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { isClosedStage, PIPELINE_STAGES, stageOrder, type TransitionKind } from '@bep/domain';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { moveFailure, type MoveTarget, moveTargets, planMove, waitsForWork } from '@bep/web/engagements/data-access';
import { MoveNotePrompt } from '@bep/web/engagements/ui';
import { type ApiFailure, FailureTextPipe } from '@bep/web/shared/data-access';
import { BepDatePipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { communeFailures } from '../shared/commune-failures';
import { LoadStatus } from '../shared/load-status';
import { PageDialogs } from '../shared/page-dialogs';
import { stageSteps } from './stage-steps';

/**
 * The engagement's place on the main path, and the moves the stage rules of libs/domain allow the
 * user (moveTargets of @bep/web/engagements/data-access, so every page decides alike): the next
 * stage in one click, any other through "Déplacer vers…", with a note when the rules want one.
 * Before the work "Atelier tenu" bills is recorded as done, a consultant is told what to record
 * first instead of the next step, and a manager's next step asks for the note that overrides it.
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
  readonly #dialogs = inject(PageDialogs);
  readonly #moveNote = inject(MoveNotePrompt);

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

  protected async move(target: MoveTarget): Promise<void> {
    // The page's heading names the commune already.
    const note = target.needsNote ? ((await this.#moveNote.ask({ to: target.stage, kind: this.#kindOf(target), missing: target.missing })) ?? undefined) : undefined;
    if (target.needsNote && !note) return;
    this.moving.set(true);
    this.failure.set(null);
    try {
      const result = await this.store.move(target.stage, note);
      if (result.status === 'moved') {
        this.#dialogs.announce('commune.stage.moved', { stage: this.#dialogs.translate(`stage.${result.engagement.stage}`) });
      } else {
        this.failure.set(moveFailure(result));
      }
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
