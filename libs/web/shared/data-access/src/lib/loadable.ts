import { computed, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import { apiFailure, type ApiFailure } from './api-failure';

interface LoadableState<T> {
  value: T | null;
  /** A value has arrived (it may be null: "there is none"). */
  loaded: boolean;
  loading: boolean;
  failure: ApiFailure | null;
}

const INITIAL = { value: null, loaded: false, loading: false, failure: null } as const;

/**
 * One thing a page loads from the API, as signals: its last value, whether a load is under way,
 * and why the last one failed. A reload keeps the previous value on screen (no flash of emptiness);
 * an older answer that arrives late is dropped.
 */
export class Loadable<T> {
  readonly #state = signal<LoadableState<T>>(INITIAL);
  #request?: Subscription;

  readonly value = computed(() => this.#state().value);
  readonly loaded = computed(() => this.#state().loaded);
  readonly loading = computed(() => this.#state().loading);
  readonly failure = computed(() => this.#state().failure);

  /** Subscribes to `source`, cancelling the load under way; `then` runs with the value once it arrives. */
  load(source: Observable<T>, then?: (value: T) => void): void {
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, failure: null }));
    this.#request = source.subscribe({
      next: (value) => {
        this.#state.set({ value, loaded: true, loading: false, failure: null });
        then?.(value);
      },
      error: (error: unknown) => this.#state.update((state) => ({ ...state, loading: false, failure: apiFailure(error) })),
    });
  }

  /** A value the page got another way (the answer of a change): it wins over a load under way. */
  set(value: T): void {
    this.#request?.unsubscribe();
    this.#state.set({ value, loaded: true, loading: false, failure: null });
  }

  /** Forgets everything (the page now shows something else), cancelling the load under way. */
  reset(): void {
    this.#request?.unsubscribe();
    this.#state.set(INITIAL);
  }
}
