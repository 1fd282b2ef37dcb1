import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, input, type OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDialog } from '@angular/material/dialog';
import type { SurveyForm } from '@bep/contracts';
import { questionsById } from '@bep/domain';
import { confirmAction } from '@bep/web/ui-material';
import { SurveyStore } from '@bep/web/survey/data-access';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { Model } from 'survey-core';
import { SaveStatus } from '../save-status/save-status';
import { SectionProgress, type SectionProgressRow } from '../section-progress/section-progress';
import { QuestionnaireSummary, type SummarySection } from '../summary/questionnaire-summary';
import { questionnaireModel, replaceSectionAnswers, sectionAnswers } from '../survey-js/questionnaire-model';
import { SurveyJsView } from '../survey-js/survey-js-view';

/**
 * The questionnaire being filled: the form library's pages (a section each), the progress of every
 * section, the save status, and the final summary with the sending. Each change is handed to the
 * store with its section's answers; a section someone else saved first comes back into the form.
 */
@Component({
  selector: 'bep-questionnaire-form',
  imports: [QuestionnaireSummary, SaveStatus, SectionProgress, SurveyJsView, TranslocoPipe],
  templateUrl: './questionnaire-form.html',
  styleUrl: './questionnaire-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionnaireForm implements OnInit {
  readonly #host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly #dialog = inject(MatDialog);
  readonly #transloco = inject(TranslocoService);
  readonly #destroyRef = inject(DestroyRef);
  protected readonly store = inject(SurveyStore);

  readonly form = input.required<SurveyForm>();

  protected model!: Model;
  protected readonly current = signal<string | null>(null);
  protected readonly summaryShown = signal(false);
  /** The changes from the server being put into the model: not the person's, not to be saved. */
  #replacing = false;

  protected readonly rows = computed<SectionProgressRow[]>(() => {
    const progress = new Map(this.store.progress().map((section) => [section.sectionId, section]));
    return this.form().questionnaire.sections.map((section) => ({
      id: section.id,
      title: section.title,
      shown: progress.get(section.id)?.shown ?? 0,
      answered: progress.get(section.id)?.answered ?? 0,
    }));
  });

  protected readonly summarySections = computed<SummarySection[]>(() => {
    const labels = new Map(this.form().questionnaire.sections.flatMap((section) => section.questions.map((question) => [question.id, question.label] as const)));
    const missing = new Map(this.store.progress().map((section) => [section.sectionId, section.missingRequired]));
    return this.rows().map((row) => ({ ...row, missing: (missing.get(row.id) ?? []).map((id) => labels.get(id) ?? id) }));
  });

  protected readonly conflictHere = computed(() => this.store.conflictSection() !== null && this.store.conflictSection() === this.current());
  protected readonly incomplete = computed(() => this.store.submitFailure()?.rule === 'survey-incomplete');

  ngOnInit(): void {
    const form = this.form();
    const questions = questionsById(form.questionnaire);
    const sectionOf = (questionId: string) => form.questionnaire.sections.find((section) => section.id === questions.get(questionId)?.sectionId);
    this.model = questionnaireModel(form);
    this.current.set(this.model.currentPage?.name ?? null);
    this.model.onValueChanged.add((_, { name }) => {
      const section = sectionOf(name);
      if (section && !this.#replacing) this.store.edit(section.id, sectionAnswers(this.model, section));
    });
    this.model.onCurrentPageChanged.add(() => {
      this.current.set(this.model.currentPage.name);
      this.#focus('.sd-page__title');
    });
    this.store.replaced.pipe(takeUntilDestroyed(this.#destroyRef)).subscribe((saved) => {
      const section = form.questionnaire.sections.find((candidate) => candidate.id === saved.sectionId);
      if (!section) return;
      this.#replacing = true;
      replaceSectionAnswers(this.model, section, saved);
      this.#replacing = false;
    });
  }

  protected goTo(sectionId: string): void {
    const page = this.model.getPageByName(sectionId);
    if (!page) return;
    this.summaryShown.set(false);
    this.model.currentPage = page;
    this.current.set(sectionId);
    this.#focus('.sd-page__title');
  }

  protected showSummary(): void {
    this.summaryShown.set(true);
    this.#focus('#survey-summary-title');
  }

  protected send(): void {
    const words = (key: string) => this.#transloco.translate(`survey.summary.${key}`);
    confirmAction(this.#dialog, { title: words('confirmTitle'), message: words('confirmMessage'), confirmLabel: words('confirm') }).subscribe((confirmed) => {
      if (confirmed) void this.store.submit();
    });
  }

  /** Moves the focus to what the person now reads (a new section, the summary), once it is drawn. */
  #focus(selector: string): void {
    setTimeout(() => {
      const target = this.#host.nativeElement.querySelector<HTMLElement>(selector);
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    });
  }
}
