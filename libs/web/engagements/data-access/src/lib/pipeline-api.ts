import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Activity,
  ActivityPage,
  AssignmentsRequest,
  Campaign,
  CommuneList,
  ConsultantList,
  Contact,
  ContactExport,
  ContactPage,
  CreateActivityRequest,
  CreateContactRequest,
  EngagementDetail,
  EngagementPage,
  Pipeline,
  PipelineStats,
  TransitionRequest,
  UpdateActivityRequest,
  UpdateContactRequest,
  Workload,
} from '@bep/contracts';
import type { Observable } from 'rxjs';

/** Query parameters as the API reads them; empty and undefined values are left out. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

function params(query: QueryParams = {}): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') result = result.set(key, String(value));
  }
  return result;
}

/**
 * The pipeline's routes of the API, typed by the shared contracts: engagements and their moves,
 * the board, the figures, activities, contacts, the campaign and the consultants' workload.
 * Stores and pages build on it; errors come back as RFC 9457 problems (see problemMessage).
 */
@Injectable({ providedIn: 'root' })
export class PipelineApi {
  readonly #http = inject(HttpClient);

  board(query: QueryParams = {}): Observable<Pipeline> {
    return this.#http.get<Pipeline>('/api/pipeline', { params: params(query) });
  }

  stats(query: QueryParams = {}): Observable<PipelineStats> {
    return this.#http.get<PipelineStats>('/api/stats', { params: params(query) });
  }

  engagements(query: QueryParams = {}): Observable<EngagementPage> {
    return this.#http.get<EngagementPage>('/api/engagements', { params: params(query) });
  }

  engagement(id: string): Observable<EngagementDetail> {
    return this.#http.get<EngagementDetail>(`/api/engagements/${encodeURIComponent(id)}`);
  }

  /** 200 with the engagement moved; 409 when `version` is stale, 422 naming the broken rule, 403 out of scope. */
  transition(id: string, request: TransitionRequest): Observable<EngagementDetail> {
    return this.#http.post<EngagementDetail>(`/api/engagements/${encodeURIComponent(id)}/transitions`, request);
  }

  assign(id: string, request: AssignmentsRequest): Observable<EngagementDetail> {
    return this.#http.put<EngagementDetail>(`/api/engagements/${encodeURIComponent(id)}/assignments`, request);
  }

  activities(query: QueryParams = {}): Observable<ActivityPage> {
    return this.#http.get<ActivityPage>('/api/activities', { params: params(query) });
  }

  /** `scheduledAt` may be a Brussels wall-clock time (`2019-06-12T14:00`, as a datetime-local field gives it). */
  createActivity(engagementId: string, request: CreateActivityRequest): Observable<Activity> {
    return this.#http.post<Activity>(`/api/engagements/${encodeURIComponent(engagementId)}/activities`, request);
  }

  updateActivity(id: string, request: UpdateActivityRequest): Observable<Activity> {
    return this.#http.patch<Activity>(`/api/activities/${encodeURIComponent(id)}`, request);
  }

  deleteActivity(id: string): Observable<void> {
    return this.#http.delete<void>(`/api/activities/${encodeURIComponent(id)}`);
  }

  communes(query: QueryParams = {}): Observable<CommuneList> {
    return this.#http.get<CommuneList>('/api/communes', { params: params(query) });
  }

  contacts(nis: string, query: QueryParams = {}): Observable<ContactPage> {
    return this.#http.get<ContactPage>(`/api/communes/${encodeURIComponent(nis)}/contacts`, { params: params(query) });
  }

  createContact(nis: string, request: CreateContactRequest): Observable<Contact> {
    return this.#http.post<Contact>(`/api/communes/${encodeURIComponent(nis)}/contacts`, request);
  }

  updateContact(id: string, request: UpdateContactRequest): Observable<Contact> {
    return this.#http.patch<Contact>(`/api/contacts/${encodeURIComponent(id)}`, request);
  }

  deleteContact(id: string): Observable<void> {
    return this.#http.delete<void>(`/api/contacts/${encodeURIComponent(id)}`);
  }

  /** GDPR access request (managers and administrators): everything held about the contact. */
  exportContact(id: string): Observable<ContactExport> {
    return this.#http.get<ContactExport>(`/api/contacts/${encodeURIComponent(id)}/export`);
  }

  /** GDPR erasure (managers and administrators): the contact is anonymised in place; 409 when already erased. */
  eraseContact(id: string): Observable<Contact> {
    return this.#http.post<Contact>(`/api/contacts/${encodeURIComponent(id)}/erase`, null);
  }

  currentCampaign(): Observable<Campaign> {
    return this.#http.get<Campaign>('/api/campaigns/current');
  }

  /** Managers and administrators only (403 for the other roles): for pickers and filters. */
  consultants(query: QueryParams = {}): Observable<ConsultantList> {
    return this.#http.get<ConsultantList>('/api/consultants', { params: params(query) });
  }

  workload(query: QueryParams = {}): Observable<Workload> {
    return this.#http.get<Workload>('/api/consultants/workload', { params: params(query) });
  }
}
