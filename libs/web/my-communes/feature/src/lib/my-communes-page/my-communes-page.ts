import { NgTemplateOutlet } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Stage, TransitionRule } from '@bep/domain';
import type { MoveResult } from '@bep/web/engagements/data-access';
import { MoveConfirmation } from '@bep/web/engagements/ui';
import { TodayPanel } from '@bep/web/dashboard/feature/today';
import { MyCommunesStore, type MyEngagement } from '@bep/web/my-communes/data-access';
import { type ApiFailure, FailureTextPipe, ProblemMessagePipe } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { MyEngagementCard } from '../my-engagement-card/my-engagement-card';

/** What the page says of a move: a sentence of its scope about the commune, translated by the template. */
interface Notice {
  key: string;
  commune: string;
  /** The stage the commune went to, named in the sentence. */
  stage?: Stage;
  /** The failed call, said after the sentence in the server's words (failureText). */
  failure?: ApiFailure;
}

/** The sentence of each stage rule, named by the API in a 422 (`urn:bep:stage-rule:<rule>`) or by the rules before sending. */
const REFUSALS: Readonly<Record<TransitionRule, string>> = {
  'same-stage': 'myCommunes.move.refused.same-stage',
  'skip-or-backward-needs-manager': 'myCommunes.move.refused.skip-or-backward-needs-manager',
  'note-required': 'myCommunes.move.refused.note-required',
  'reopen-needs-manager': 'myCommunes.move.refused.reopen-needs-manager',
  'already-closed': 'myCommunes.move.refused.already-closed',
  'work-not-done': 'myCommunes.move.refused.work-not-done',
  // The commune's own rule: a signed-in user never moves as the commune, so it has no sentence of its own.
  'commune-answers-only': 'myCommunes.move.refused.default',
};

function refusalKey(rule: string | null): string {
  return (rule && REFUSALS[rule as TransitionRule]) || 'myCommunes.move.refused.default';
}

/** How each result of a move of `commune` is said: a success in the status region, the rest as an alert. */
function noticeOf(result: MoveResult, commune: string): { success: boolean; notice: Notice } {
  switch (result.status) {
    case 'moved':
      return { success: true, notice: { key: 'myCommunes.move.done', commune, stage: result.engagement.stage } };
    case 'conflict':
      return { success: false, notice: { key: 'myCommunes.move.stale', commune } };
    case 'forbidden':
      return { success: false, notice: { key: 'myCommunes.move.forbidden', commune } };
    case 'refused':
    case 'rule-broken':
      return { success: false, notice: { key: refusalKey(result.rule), commune } };
    case 'needs-note':
      return { success: false, notice: { key: refusalKey('note-required'), commune } };
    case 'failed':
      return { success: false, notice: { key: 'myCommunes.move.failed', commune, failure: result.failure } };
  }
}

/**
 * Mes communes, a consultant's home: what to do today and this week (the *Aujourd'hui* panel: their
 * agenda and what is late), then their engagements as cards with what is due next and the quick
 * move to the next stage. Designed for a phone and a tablet first.
 */
@Component({
  selector: 'bep-my-communes-page',
  imports: [FailureTextPipe, MatButtonModule, MatProgressBarModule, MyEngagementCard, NgTemplateOutlet, ProblemMessagePipe, TodayPanel, TranslocoPipe],
  providers: [MyCommunesStore],
  templateUrl: './my-communes-page.html',
  styleUrl: './my-communes-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCommunesPage {
  protected readonly store = inject(MyCommunesStore);
  readonly #confirmation = inject(MoveConfirmation);
  readonly #injector = inject(Injector);
  private readonly engagementsHeading = viewChild<ElementRef<HTMLElement>>('engagementsHeading');
  private readonly today = viewChild<TodayPanel>('today');

  /** The last move that went through, announced politely. */
  protected readonly success = signal<Notice | null>(null);
  /** The last move that did not, announced at once. */
  protected readonly problem = signal<Notice | null>(null);

  constructor() {
    this.store.load();
    // A move or an activity logged reloads the list; the panel reads its agenda and late items again
    // with it (the first load is its own).
    effect(() => {
      if (this.store.loads() > 1) untracked(() => this.today()?.reload());
    });
  }

  protected async requestMove(engagement: MyEngagement): Promise<void> {
    const to = engagement.nextStage;
    if (!to || this.store.moving().has(engagement.id)) {
      return;
    }
    // A move has consequences (reminders, billing): the consultant confirms it, with a note if they
    // like; a move into the billing stage says what will be billed.
    const billing = await this.store.billingTerms(engagement);
    const answer = await this.#confirmation.ask({ from: engagement.stage, to, kind: 'forward', needsNote: false, offerNote: true, commune: engagement.commune.name, billing });
    if (answer === null) {
      return;
    }
    this.success.set(null);
    this.problem.set(null);
    const { success, notice } = noticeOf(await this.store.move(engagement, to, { billing, note: answer.note }), engagement.commune.name);
    (success ? this.success : this.problem).set(notice);
    // The move button changes or goes (last stage, reload): keep the keyboard user in the list.
    afterNextRender(
      () => {
        if (document.activeElement === document.body) {
          this.engagementsHeading()?.nativeElement.focus();
        }
      },
      { injector: this.#injector },
    );
  }
}
