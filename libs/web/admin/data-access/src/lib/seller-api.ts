import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SellerSettings, UpdateSellerIdentityRequest } from '@bep/contracts';
import type { Observable } from 'rxjs';

const SELLER_PATH = '/api/settings/seller';

/** BEP's identity as the seller of its invoices (finance and administrators change it), typed by `@bep/contracts`. */
@Injectable({ providedIn: 'root' })
export class SellerApi {
  readonly #http = inject(HttpClient);

  get(): Observable<SellerSettings> {
    return this.#http.get<SellerSettings>(SELLER_PATH);
  }

  /** The whole identity; 422 naming each field the API cannot put on an invoice. */
  update(request: UpdateSellerIdentityRequest): Observable<SellerSettings> {
    return this.#http.put<SellerSettings>(SELLER_PATH, request);
  }
}
