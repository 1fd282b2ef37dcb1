import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { EngagementMaturity, EngagementSurvey, SurveyLinkIssued } from '@bep/contracts';
import type { Observable } from 'rxjs';

const base = (engagementId: string) => `/api/engagements/${encodeURIComponent(engagementId)}`;

/**
 * An engagement's questionnaire as BEP reads it on the commune's page: the form with its answers,
 * link and scores; the maturity beside the province's median and the earlier campaign; the
 * commune's personal link (managers issue and revoke it; the URL is answered once); the one-page
 * summary. Errors come back as RFC 9457 problems (403 for a consultant outside the team, 409
 * `campaign-status` when the campaign no longer takes answers).
 */
@Injectable({ providedIn: 'root' })
export class EngagementSurveyApi {
  readonly #http = inject(HttpClient);

  /** GET /api/engagements/{id}/survey. */
  survey(engagementId: string): Observable<EngagementSurvey> {
    return this.#http.get<EngagementSurvey>(`${base(engagementId)}/survey`);
  }

  /** GET /api/engagements/{id}/maturity. */
  maturity(engagementId: string): Observable<EngagementMaturity> {
    return this.#http.get<EngagementMaturity>(`${base(engagementId)}/maturity`);
  }

  /** POST /api/engagements/{id}/survey-link: a new link, the one in force stops working. */
  issueLink(engagementId: string): Observable<SurveyLinkIssued> {
    return this.#http.post<SurveyLinkIssued>(`${base(engagementId)}/survey-link`, null);
  }

  /** DELETE /api/engagements/{id}/survey-link. */
  revokeLink(engagementId: string): Observable<void> {
    return this.#http.delete<void>(`${base(engagementId)}/survey-link`);
  }

  /** The one-page summary (PDF), as a link: the session's cookie opens it. */
  summaryPdfUrl(engagementId: string): string {
    return `${base(engagementId)}/survey/summary.pdf`;
  }
}
