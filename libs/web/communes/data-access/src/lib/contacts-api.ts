import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Contact, ContactExport, ContactPage, ContactQuery, CreateContactRequest, UpdateContactRequest } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

const communeContactsPath = (nis: string) => `/api/communes/${encodeURIComponent(nis)}/contacts`;
const contactPath = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;

/** The contacts' routes of the API (the people of a commune), typed by `@bep/contracts`. */
@Injectable({ providedIn: 'root' })
export class ContactsApi {
  readonly #http = inject(HttpClient);

  /** GET /api/communes/{nis}/contacts: the binôme first, then by name. */
  list(nis: string, query: Partial<ContactQuery> = {}): Observable<ContactPage> {
    return this.#http.get<ContactPage>(communeContactsPath(nis), { params: httpParams(query) });
  }

  create(nis: string, request: CreateContactRequest): Observable<Contact> {
    return this.#http.post<Contact>(communeContactsPath(nis), request);
  }

  update(id: string, request: UpdateContactRequest): Observable<Contact> {
    return this.#http.patch<Contact>(contactPath(id), request);
  }

  remove(id: string): Observable<void> {
    return this.#http.delete<void>(contactPath(id));
  }

  /** GDPR access request (managers and administrators): everything held about the contact. */
  exportData(id: string): Observable<ContactExport> {
    return this.#http.get<ContactExport>(`${contactPath(id)}/export`);
  }

  /** GDPR erasure (managers and administrators): the contact is anonymised in place; 409 when already erased. */
  erase(id: string): Observable<Contact> {
    return this.#http.post<Contact>(`${contactPath(id)}/erase`, null);
  }
}
