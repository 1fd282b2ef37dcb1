import { DOCUMENT } from '@angular/common';
import { computed, type DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { Notification, NotificationPage } from '@bep/contracts';
import { apiFailure, type ApiFailure } from '@bep/web/shared/data-access';
import type { Subscription } from 'rxjs';
import { NotificationsApi } from './notifications-api';

/** How many of the newest notifications the header lists. */
export const NOTIFICATIONS_LISTED = 20;
/** How often the header asks again while the page is visible (no push from the server). */
export const NOTIFICATIONS_REFRESH_MS = 60_000;
/** A focus right after a refresh (switching tabs fires focus and visibilitychange) asks nothing. */
const REFRESH_AT_MOST_EVERY_MS = 5_000;

interface NotificationsState {
  page: NotificationPage | null;
  loading: boolean;
  failure: ApiFailure | null;
}

const INITIAL: NotificationsState = { page: null, loading: false, failure: null };

/**
 * The signed-in user's notifications as the header shows them: the newest ones and the unread
 * count. `watch()` keeps them fresh (now, every minute while the page is visible, and when it
 * regains focus) until the caller is destroyed; `markRead()` marks them read at once on screen.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  readonly #api = inject(NotificationsApi);
  readonly #document = inject(DOCUMENT);
  readonly #state = signal<NotificationsState>(INITIAL);
  #request?: Subscription;
  #lastRefresh = 0;

  readonly notifications = computed<readonly Notification[]>(() => this.#state().page?.items ?? []);
  /** How many of mine are unread in all (not only among those listed). */
  readonly unread = computed(() => this.#state().page?.unread ?? 0);
  readonly loaded = computed(() => this.#state().page !== null);
  readonly loading = computed(() => this.#state().loading);
  readonly failure = computed(() => this.#state().failure);

  /** Asks for the newest notifications and the unread count; a reload keeps what is shown until it answers. */
  refresh(): void {
    this.#lastRefresh = Date.now();
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true }));
    this.#request = this.#api.list({ limit: NOTIFICATIONS_LISTED }).subscribe({
      next: (page) => this.#state.set({ page, loading: false, failure: null }),
      error: (error: unknown) => this.#state.update((state) => ({ ...state, loading: false, failure: apiFailure(error) })),
    });
  }

  /**
   * Marks these notifications of mine read (all of mine without `ids`): shown read at once, then
   * told to the server; if it refuses, what it holds is read again.
   */
  markRead(ids?: readonly string[]): void {
    const page = this.#state().page;
    if (ids?.length === 0) return;
    if (page) {
      const now = new Date().toISOString();
      const marking = ids ? new Set(ids) : null;
      const newlyRead = page.items.filter((item) => item.readAt === null && (!marking || marking.has(item.id))).length;
      this.#state.update((state) => ({
        ...state,
        page: {
          ...page,
          items: page.items.map((item) => (item.readAt === null && (!marking || marking.has(item.id)) ? { ...item, readAt: now } : item)),
          unread: marking ? Math.max(0, page.unread - newlyRead) : 0,
        },
      }));
    }
    // A refresh under way may answer with the state before the change: its answer is dropped.
    this.#cancelRefresh();
    this.#api.markRead(ids ? { ids: [...ids] } : {}).subscribe({ error: () => this.refresh() });
  }

  /**
   * Keeps the notifications fresh while the caller lives: a refresh now, then every minute while
   * the page is visible, and each time it is shown again or regains focus. Forgets them when the
   * caller is destroyed (the user signed out: the next one must not see them).
   */
  watch(destroyRef: DestroyRef): void {
    const window = this.#document.defaultView;
    const visible = () => this.#document.visibilityState !== 'hidden';
    const onReturn = () => {
      if (visible() && Date.now() - this.#lastRefresh >= REFRESH_AT_MOST_EVERY_MS) this.refresh();
    };
    this.refresh();
    const timer = setInterval(() => {
      if (visible()) this.refresh();
    }, NOTIFICATIONS_REFRESH_MS);
    window?.addEventListener('focus', onReturn);
    this.#document.addEventListener('visibilitychange', onReturn);
    destroyRef.onDestroy(() => {
      clearInterval(timer);
      window?.removeEventListener('focus', onReturn);
      this.#document.removeEventListener('visibilitychange', onReturn);
      this.#request?.unsubscribe();
      this.#state.set(INITIAL);
    });
  }

  #cancelRefresh(): void {
    this.#request?.unsubscribe();
    this.#state.update((state) => (state.loading ? { ...state, loading: false } : state));
  }
}
