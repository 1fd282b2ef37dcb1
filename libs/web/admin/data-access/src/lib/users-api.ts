import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateUserRequest, CreateUserResponse, UpdateUserRequest, User, UserList, UserQuery } from '@bep/contracts';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

/**
 * The accounts' routes of the API (administrators only), typed by `@bep/contracts`. Errors come back
 * as RFC 9457 problems (apiFailure).
 */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  readonly #http = inject(HttpClient);

  /** GET /api/users: the accounts, by name, under the filters that have a value. */
  list(query: Partial<UserQuery> = {}): Observable<UserList> {
    return this.#http.get<UserList>('/api/users', { params: httpParams(query) });
  }

  /** POST /api/users: the new account and its temporary password, shown once; 409 when the e-mail is taken. */
  create(request: CreateUserRequest): Observable<CreateUserResponse> {
    return this.#http.post<CreateUserResponse>('/api/users', request);
  }

  /** PATCH /api/users/{id}: name, roles, linked consultant, active (false ends the account's sessions). */
  update(id: string, patch: UpdateUserRequest): Observable<User> {
    return this.#http.patch<User>(userPath(id), patch);
  }
}
