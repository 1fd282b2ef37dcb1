import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CommuneBilling, UpdateCommuneBillingRequest } from '@bep/contracts';
import type { Observable } from 'rxjs';

const billingPath = (nis: string) => `/api/communes/${encodeURIComponent(nis)}/billing`;

/** A commune's billing data (the buyer of its invoices): managers read it, finance and administrators change it. */
@Injectable({ providedIn: 'root' })
export class CommuneBillingApi {
  readonly #http = inject(HttpClient);

  get(nis: string): Observable<CommuneBilling> {
    return this.#http.get<CommuneBilling>(billingPath(nis));
  }

  /** The whole profile; 422 naming each field the API cannot put on an invoice. */
  update(nis: string, request: UpdateCommuneBillingRequest): Observable<CommuneBilling> {
    return this.#http.put<CommuneBilling>(billingPath(nis), request);
  }
}
