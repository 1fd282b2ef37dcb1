import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { SURVEY_TOKEN_HEADER, type SavedSurveySection, type SaveSurveySectionRequest, type SurveyForm, type SurveySubmitted } from '@bep/contracts';
import type { Observable } from 'rxjs';

const SURVEY = '/api/survey';

/**
 * The public questionnaire's routes of the API (no session): the link's token in a header. Errors
 * come back as RFC 9457 problems: 404 `survey-link-unknown`, 410 `survey-link-expired` or
 * `survey-submitted`, 409 `survey-section-changed` for a save on an old revision, 422
 * `survey-incomplete` for a submit with required questions open, 429 when typing outruns the limit.
 */
@Injectable({ providedIn: 'root' })
export class SurveyApi {
  readonly #http = inject(HttpClient);

  /** GET /api/survey: the commune's questionnaire, answers and progress. */
  form(token: string): Observable<SurveyForm> {
    return this.#http.get<SurveyForm>(SURVEY, { headers: tokenHeader(token) });
  }

  /** PUT /api/survey/sections/{sectionId}: a section's answers on the revision last read. */
  saveSection(token: string, sectionId: string, request: SaveSurveySectionRequest): Observable<SavedSurveySection> {
    return this.#http.put<SavedSurveySection>(`${SURVEY}/sections/${encodeURIComponent(sectionId)}`, request, { headers: tokenHeader(token) });
  }

  /**
   * POST /api/survey/submit: the questionnaire goes to BEP; the answer says when (the contract's
   * `SurveySubmitted`, read here only for its `submittedAt`).
   */
  submit(token: string): Observable<SurveySubmitted> {
    return this.#http.post<SurveySubmitted>(`${SURVEY}/submit`, null, { headers: tokenHeader(token) });
  }
}

function tokenHeader(token: string): HttpHeaders {
  return new HttpHeaders({ [SURVEY_TOKEN_HEADER]: token });
}
