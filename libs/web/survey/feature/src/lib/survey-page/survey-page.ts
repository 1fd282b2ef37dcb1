import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute } from '@angular/router';
import { BepLongDatePipe } from '@bep/web/shared/i18n';
import { SurveyApi, SurveyStore } from '@bep/web/survey/data-access';
import { PublicBanner } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { SURVEY_TRANSLATIONS } from '../i18n/survey-translations';
import { QuestionnaireForm } from '../questionnaire-form/questionnaire-form';

/**
 * /questionnaire#<token>: a commune's questionnaire, opened from its link without an account. The
 * token stays in the URL's fragment, which browsers never send: the page passes it to the API in a
 * header. Outside the application shell (no session, no navigation); the link's states are pages
 * of their own: unknown or revoked, closed with the campaign, already sent.
 */
@Component({
  selector: 'bep-survey-page',
  imports: [BepLongDatePipe, MatButtonModule, MatProgressSpinnerModule, PublicBanner, QuestionnaireForm, TranslocoPipe],
  providers: [SurveyStore, SURVEY_TRANSLATIONS],
  templateUrl: './survey-page.html',
  styleUrl: './survey-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyPage implements OnInit {
  readonly #token = inject(ActivatedRoute).snapshot.fragment?.trim() ?? '';
  readonly #api = inject(SurveyApi);
  protected readonly store = inject(SurveyStore);
  /** A link without its token (cut when copied) is no link. */
  protected readonly tokenMissing = signal(this.#token === '');

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    if (this.#token) this.store.load(this.#api.link(this.#token));
  }
}
