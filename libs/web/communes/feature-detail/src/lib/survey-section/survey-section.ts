import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { EngagementMaturity, EngagementSurvey, SurveyLinkIssued } from '@bep/contracts';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { MaturityRadar } from '@bep/web/maturity/ui';
import { apiFailure, type ApiFailure, FailureTextPipe } from '@bep/web/shared/data-access';
import { BepDatePipe, BepNumberPipe } from '@bep/web/shared/i18n';
import { EngagementSurveyApi } from '@bep/web/survey/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { communeFailures } from '../shared/commune-failures';
import { LoadStatus } from '../shared/load-status';
import { PageDialogs } from '../shared/page-dialogs';
import { answeredSections, maturityRows, surveyState } from './survey-state';

/**
 * "Questionnaire de maturité": the engagement's questionnaire for managers and the consultants of
 * the team. Where it stands (not started, in progress, submitted; the link in force), the link's
 * management for managers (issued URL shown once, revoked with a confirmation) and their way to
 * type in paper answers; once scored, the radar against the province's median with its table (the
 * radar's accessible equivalent, with the movement since the earlier campaign) and the one-page
 * PDF; then the answers section by section.
 */
@Component({
  selector: 'bep-survey-section',
  imports: [
    BepDatePipe,
    BepNumberPipe,
    FailureTextPipe,
    LoadStatus,
    MatButtonModule,
    MatExpansionModule,
    MatProgressBarModule,
    MaturityRadar,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './survey-section.html',
  styleUrls: ['../shared/section.css', './survey-section.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveySection {
  protected readonly store = inject(CommunePageStore);
  readonly #api = inject(EngagementSurveyApi);
  readonly #dialogs = inject(PageDialogs);

  protected readonly survey = signal<EngagementSurvey | null>(null);
  protected readonly maturity = signal<EngagementMaturity | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  /** The campaign has no online questionnaire (409 `survey-none`): a state of its own, not a failure to retry. */
  protected readonly noQuestionnaire = signal(false);
  /** The link just issued: its URL is answered once, shown until the page is left. */
  protected readonly issued = signal<SurveyLinkIssued | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly failures = communeFailures('commune.survey.closed');

  protected readonly state = computed(() => {
    const survey = this.survey();
    return survey ? surveyState(survey) : null;
  });
  protected readonly submitted = computed(() => {
    const state = this.state();
    return state?.kind === 'submitted' ? state : null;
  });
  protected readonly inProgress = computed(() => {
    const state = this.state();
    return state?.kind === 'in-progress' ? state : null;
  });
  protected readonly sections = computed(() => {
    const survey = this.survey();
    return survey ? answeredSections(survey) : [];
  });
  protected readonly rows = computed(() => {
    const maturity = this.maturity();
    return maturity ? maturityRows(maturity) : [];
  });
  /** A median has one decimal when it falls between two scores. */
  protected readonly decimals = (value: number): 0 | 1 => (Number.isInteger(value) ? 0 : 1);
  protected readonly pdfUrl = computed(() => {
    const id = this.store.engagementId();
    return id ? this.#api.summaryPdfUrl(id) : null;
  });

  constructor() {
    effect(() => {
      const id = this.store.engagementId();
      if (id && this.store.permissions().readSurvey) void this.load(id);
    });
  }

  protected async load(engagementId = this.store.engagementId()): Promise<void> {
    if (!engagementId) return;
    this.loading.set(true);
    this.loadFailure.set(null);
    this.noQuestionnaire.set(false);
    try {
      const [survey, maturity] = await Promise.all([firstValueFrom(this.#api.survey(engagementId)), firstValueFrom(this.#api.maturity(engagementId))]);
      this.survey.set(survey);
      this.maturity.set(maturity);
    } catch (error) {
      const failure = apiFailure(error);
      if (failure.rule === 'survey-none') this.noQuestionnaire.set(true);
      else this.loadFailure.set(failure);
    } finally {
      this.loading.set(false);
    }
  }

  /** A first link, or a new one after a confirmation (the one in force stops working). */
  protected async issueLink(): Promise<void> {
    const engagementId = this.store.engagementId();
    const commune = this.store.commune.value()?.name ?? '';
    if (!engagementId || this.busy()) return;
    if (this.survey()?.link && !(await this.#dialogs.confirm('commune.survey.link.reissueConfirm', { commune }))) return;
    await this.#act(async () => {
      const issued = await firstValueFrom(this.#api.issueLink(engagementId));
      this.issued.set(issued);
      this.survey.update((survey) => survey && { ...survey, link: { issuedAt: issued.issuedAt } });
      this.#dialogs.announce('commune.survey.link.issued');
    });
  }

  protected async revokeLink(): Promise<void> {
    const engagementId = this.store.engagementId();
    const commune = this.store.commune.value()?.name ?? '';
    if (!engagementId || this.busy()) return;
    if (!(await this.#dialogs.confirm('commune.survey.link.revokeConfirm', { commune }))) return;
    await this.#act(async () => {
      await firstValueFrom(this.#api.revokeLink(engagementId));
      this.issued.set(null);
      this.survey.update((survey) => survey && { ...survey, link: null });
      this.#dialogs.announce('commune.survey.link.revoked');
    });
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.#dialogs.announce('commune.survey.link.copied');
    } catch {
      this.#dialogs.announce('commune.survey.link.copyFailed');
    }
  }

  async #act(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await action();
    } catch (error) {
      this.failure.set(apiFailure(error));
    } finally {
      this.busy.set(false);
    }
  }
}
