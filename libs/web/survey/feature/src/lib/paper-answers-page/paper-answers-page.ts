import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { CommunesApi } from '@bep/web/communes/data-access';
import { failureText } from '@bep/web/shared/data-access';
import { BepLongDatePipe } from '@bep/web/shared/i18n';
import { SurveyApi, SurveyStore } from '@bep/web/survey/data-access';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map, type Subscription } from 'rxjs';
import { SURVEY_TRANSLATIONS } from '../i18n/survey-translations';
import { QuestionnaireForm } from '../questionnaire-form/questionnaire-form';

/** The commune whose paper copy is typed in: its name, and its engagement in the current campaign (null: none). */
interface PaperCopyOf {
  name: string;
  engagementId: string | null;
}

/**
 * /communes/:nis/questionnaire (managers): the answers a commune sent back on paper, typed in on
 * the same form its link opens, saved as they are typed and sent as the commune would. The
 * submission moves the engagement to `survey_answered` as the manager's move.
 */
@Component({
  selector: 'bep-paper-answers-page',
  imports: [BepLongDatePipe, MatButtonModule, MatProgressSpinnerModule, QuestionnaireForm, RouterLink, TranslocoPipe],
  providers: [SurveyStore, SURVEY_TRANSLATIONS],
  templateUrl: './paper-answers-page.html',
  styleUrl: './paper-answers-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaperAnswersPage {
  readonly #communes = inject(CommunesApi);
  readonly #api = inject(SurveyApi);
  readonly #transloco = inject(TranslocoService);
  protected readonly store = inject(SurveyStore);

  /** The commune's NIS code, from the route. */
  readonly nis = input.required<string>();

  /** Undefined while the commune is looked up; null when there is no commune with that code. */
  protected readonly commune = signal<PaperCopyOf | null | undefined>(undefined);
  protected readonly lookupFailed = signal(false);
  #lookup?: Subscription;
  /** Why the questionnaire could not be read: a consultant's 403 (the form is the managers'), a failed call. */
  protected readonly loadFailure = computed(() => {
    const failure = this.store.loadFailure();
    const fallback = this.#transloco.translate('survey.failed.title');
    return failure ? failureText(failure, { statuses: { 403: 'survey.paper.forbidden' }, fallback }, this.#transloco) : fallback;
  });

  constructor() {
    effect(() => this.open(this.nis()));
  }

  protected open(nis: string): void {
    // A lookup still under way is for a commune no longer asked for: its answer must not open its form.
    this.#lookup?.unsubscribe();
    this.commune.set(undefined);
    this.lookupFailed.set(false);
    this.#lookup = this.#communes
      .list({ q: nis })
      .pipe(map((list) => list.items.find((commune) => commune.nis === nis)))
      .subscribe({
        next: (found) => {
          this.commune.set(found ? { name: found.name, engagementId: found.engagement?.id ?? null } : null);
          if (found?.engagement) this.store.load(this.#api.engagement(found.engagement.id));
        },
        error: () => this.lookupFailed.set(true),
      });
  }
}
