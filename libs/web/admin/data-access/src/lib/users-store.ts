import { computed, inject, Injectable, signal } from '@angular/core';
import type { CreateUserRequest, CreateUserResponse, UpdateUserRequest, User } from '@bep/contracts';
import { firstValueFrom, Subscription } from 'rxjs';
import { UsersApi } from './users-api';

interface UsersState {
  items: User[];
  loading: boolean;
  /** The error of the last load, for the page to explain (problemMessage); null when it succeeded. */
  error: unknown;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

function byName(a: User, b: User): number {
  return collator.compare(a.name, b.name) || a.email.localeCompare(b.email);
}

/** The accounts of the application, for administrators (GET/POST/PATCH /api/users). */
@Injectable({ providedIn: 'root' })
export class UsersStore {
  readonly #api = inject(UsersApi);
  readonly #state = signal<UsersState>({ items: [], loading: false, error: null });
  #request?: Subscription;

  /** Sorted by name. */
  readonly items = computed(() => this.#state().items);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);

  load(): void {
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = this.#api.list().subscribe({
      next: (list) => this.#state.set({ items: [...list.items].sort(byName), loading: false, error: null }),
      error: (error: unknown) =>
        this.#state.update((state) => ({
          ...state,
          loading: false,
          error,
        })),
    });
  }

  /** Creates an account; the response holds the temporary password, shown once. Rejects with the HttpErrorResponse. */
  async create(request: CreateUserRequest): Promise<CreateUserResponse> {
    const created = await firstValueFrom(this.#api.create(request));
    this.#state.update((state) => ({ ...state, items: [...state.items, created.user].sort(byName) }));
    return created;
  }

  /** Changes an account (name, roles, consultant, active). Rejects with the HttpErrorResponse. */
  async update(id: string, patch: UpdateUserRequest): Promise<User> {
    const updated = await firstValueFrom(this.#api.update(id, patch));
    this.#state.update((state) => ({
      ...state,
      items: state.items.map((user) => (user.id === updated.id ? updated : user)).sort(byName),
    }));
    return updated;
  }
}
