import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SectionProgressRow } from '../section-progress/section-progress';

/** A section in the summary: its count, and the labels of its required questions still open. */
export interface SummarySection extends SectionProgressRow {
  readonly missing: readonly string[];
}

/**
 * The final step: each section answered out of shown, the required questions still open named with
 * a way to go and answer them, then the sending (the page asks for a confirmation first).
 */
@Component({
  selector: 'bep-questionnaire-summary',
  imports: [MatButtonModule, TranslocoPipe],
  templateUrl: './questionnaire-summary.html',
  styleUrl: './questionnaire-summary.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionnaireSummary {
  readonly sections = input.required<readonly SummarySection[]>();
  /** Changes wait to be saved: sending now would leave them out. */
  readonly unsaved = input(false);
  readonly submitting = input(false);
  /** The server refused the sending: required questions are still open. */
  readonly incomplete = input(false);
  readonly go = output<string>();
  readonly back = output<void>();
  /** Every required question shown has an answer: the questionnaire may go. */
  protected readonly complete = computed(() => this.sections().every((section) => section.missing.length === 0));
  readonly send = output<void>();
}
