import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { SURVEY_TOKEN_HEADER, type SavedSurveySection, type SaveSurveySectionRequest, type SurveyForm, type SurveySubmitted } from '@bep/contracts';
import type { Observable } from 'rxjs';

/**
 * Where one questionnaire is read, saved and submitted: the commune's own link, or the engagement
 * for a manager typing in answers received on paper. The two answer alike (the same form, saves
 * and refusals), so that one store and one form serve both.
 */
export interface SurveySource {
  form(): Observable<SurveyForm>;
  saveSection(sectionId: string, request: SaveSurveySectionRequest): Observable<SavedSurveySection>;
  /** The questionnaire goes to BEP; the answer says when (read here only for its `submittedAt`). */
  submit(): Observable<SurveySubmitted>;
}

/**
 * The questionnaire's routes of the API. Errors come back as RFC 9457 problems: 404
 * `survey-link-unknown`, 410 `survey-link-expired` or `survey-submitted`, 409
 * `survey-section-changed` for a save on an old revision, 422 `survey-incomplete` for a submit with
 * required questions open, 429 when typing outruns the limit.
 */
@Injectable({ providedIn: 'root' })
export class SurveyApi {
  readonly #http = inject(HttpClient);

  /** The public routes (`/api/survey`, no session): the link's token in a header, never in the URL. */
  link(token: string): SurveySource {
    return this.#routes('/api/survey', new HttpHeaders({ [SURVEY_TOKEN_HEADER]: token }));
  }

  /** A manager's routes for the engagement (`/api/engagements/{id}/survey`, the session's). */
  engagement(engagementId: string): SurveySource {
    return this.#routes(`/api/engagements/${encodeURIComponent(engagementId)}/survey`);
  }

  #routes(base: string, headers?: HttpHeaders): SurveySource {
    return {
      form: () => this.#http.get<SurveyForm>(base, { headers }),
      saveSection: (sectionId, request) => this.#http.put<SavedSurveySection>(`${base}/sections/${encodeURIComponent(sectionId)}`, request, { headers }),
      submit: () => this.#http.post<SurveySubmitted>(`${base}/submit`, null, { headers }),
    };
  }
}
