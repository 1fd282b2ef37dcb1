import { computed, inject, Injectable, signal } from '@angular/core';
import type { Reminder, ReminderPage } from '@bep/contracts';
import { Loadable } from '@bep/web/shared/data-access';
import { catchError, firstValueFrom, forkJoin, map, of, type Observable, Subscription } from 'rxjs';
import { REMINDER_TABS, reminderQueryParams, type ReminderFilters, type ReminderTab } from './reminder-filters';
import { RemindersApi } from './reminders-api';

/** How many reminders each list holds under the filters; a list whose count failed has none. */
export type ReminderCounts = Partial<Record<ReminderTab, number>>;

/**
 * One list of the Rappels page (GET /api/reminders): the page shown, the count of every list under
 * the same filters (one request of one item each), who cancelled the cancelled ones, and the
 * managers' actions on a reminder, after which the list and the counts are read again.
 */
@Injectable({ providedIn: 'root' })
export class RemindersStore {
  readonly #api = inject(RemindersApi);
  readonly #page = new Loadable<ReminderPage>();
  readonly #counts = signal<ReminderCounts>({});
  readonly #cancelledBy = signal<Readonly<Record<string, string>>>({});
  readonly #busy = signal<ReadonlySet<string>>(new Set());
  #shown: { tab: ReminderTab; filters: ReminderFilters } | null = null;
  #countsFilters: ReminderFilters | null = null;
  #countsRequest?: Subscription;
  #cancelledByRequest?: Subscription;

  readonly items = computed(() => this.#page.value()?.items ?? []);
  readonly total = computed(() => this.#page.value()?.total ?? 0);
  readonly loading = this.#page.loading;
  readonly loaded = this.#page.loaded;
  readonly failure = this.#page.failure;
  readonly counts = this.#counts.asReadonly();
  /** The manager who cancelled each cancelled reminder of the page shown (from its log), by reminder id. */
  readonly cancelledBy = this.#cancelledBy.asReadonly();
  /** The reminders an action is under way on. */
  readonly busy = this.#busy.asReadonly();

  /** Loads the page of list `tab` under `filters`; an answer to an older request is dropped. */
  load(tab: ReminderTab, filters: ReminderFilters): void {
    if (this.#shown?.tab !== tab) this.#page.reset();
    this.#shown = { tab, filters };
    this.#cancelledByRequest?.unsubscribe();
    this.#page.load(this.#api.list(reminderQueryParams(tab, filters)), (page) => this.#readCancellers(page));
  }

  /** Loads the page shown again (after an action, or to retry). */
  reload(): void {
    if (this.#shown) this.load(this.#shown.tab, this.#shown.filters);
  }

  /** Counts each list under `filters` (their first page of one item each: the API answers the total). */
  loadCounts(filters: ReminderFilters): void {
    this.#countsFilters = filters;
    this.#countsRequest?.unsubscribe();
    const requests = REMINDER_TABS.map((tab) =>
      this.#api.list({ ...reminderQueryParams(tab, { ...filters, pageIndex: 0, pageSize: 1 }) }).pipe(
        map((page): [ReminderTab, number] => [tab, page.total]),
        catchError(() => of(null)),
      ),
    );
    this.#countsRequest = forkJoin(requests).subscribe((totals) => {
      this.#counts.set(Object.fromEntries(totals.filter((total): total is [ReminderTab, number] => total !== null)));
    });
  }

  /** Cancels a scheduled reminder, then reads the list and the counts again; rejects with the HTTP error. */
  cancel(reminder: Reminder): Promise<Reminder> {
    return this.#act(reminder, this.#api.cancel(reminder.id));
  }

  /** Sends a scheduled or failed reminder now, then reads the list and the counts again; rejects with the HTTP error. */
  sendNow(reminder: Reminder): Promise<Reminder> {
    return this.#act(reminder, this.#api.sendNow(reminder.id));
  }

  async #act(reminder: Reminder, request: Observable<Reminder>): Promise<Reminder> {
    this.#busy.update((busy) => new Set(busy).add(reminder.id));
    try {
      return await firstValueFrom(request);
    } finally {
      this.#busy.update((busy) => {
        const next = new Set(busy);
        next.delete(reminder.id);
        return next;
      });
      // Succeeded or refused (another manager, the worker), the lists have changed: read them again.
      this.reload();
      if (this.#countsFilters) this.loadCounts(this.#countsFilters);
    }
  }

  /** The list does not say who cancelled a reminder; its log does: read the logs of the cancelled ones shown. */
  #readCancellers(page: ReminderPage): void {
    const cancelled = page.items.filter((reminder) => reminder.status === 'cancelled' && !(reminder.id in this.#cancelledBy()));
    if (cancelled.length === 0) return;
    this.#cancelledByRequest = forkJoin(
      cancelled.map((reminder) =>
        this.#api.get(reminder.id).pipe(
          map((detail) => [reminder.id, [...detail.events].reverse().find((event) => event.kind === 'cancelled')?.actor?.name ?? null] as const),
          catchError(() => of([reminder.id, null] as const)),
        ),
      ),
    ).subscribe((found) => {
      const names = Object.fromEntries(found.filter((entry): entry is readonly [string, string] => entry[1] !== null));
      this.#cancelledBy.update((known) => ({ ...known, ...names }));
    });
  }
}
