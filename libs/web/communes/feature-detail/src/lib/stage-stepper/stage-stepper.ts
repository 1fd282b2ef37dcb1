import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { isClosedStage, PIPELINE_STAGES, stageOrder, type Stage } from '@bep/domain';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { moveFailure, type MoveTarget, moveTargets, planMove } from '@bep/web/engagements/data-access';
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
    return engagement ? moveTargets(engagement.stage, this.#actor()) : [];
  });

  /** One step forward on the main path, offered as the main action. */
  protected readonly next = computed(() => {
    const stage = this.engagement()?.stage;
    const order = stage ? stageOrder(stage) : null;
    // stageOrder counts from 1, so the stage after it sits at that index of PIPELINE_STAGES.
    const following = order ? PIPELINE_STAGES[order] : undefined;
    return this.#targets().find((target) => target.stage === following && !target.needsNote) ?? null;
  });

  protected readonly others = computed(() => this.#targets().filter((target) => target !== this.next()));

  protected readonly moving = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  protected async move(target: MoveTarget): Promise<void> {
    const note = target.needsNote ? await this.#askNote(target.stage) : undefined;
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

  /** The note the move needs, or undefined when the user cancels; the page's heading names the commune already. */
  async #askNote(to: Stage): Promise<string | undefined> {
    const engagement = this.engagement();
    const plan = engagement ? planMove(engagement.stage, to, this.#actor()) : null;
    const kind = plan && plan.outcome !== 'refused' ? plan.kind : 'forward';
    return (await this.#moveNote.ask({ to, kind })) ?? undefined;
  }
}
