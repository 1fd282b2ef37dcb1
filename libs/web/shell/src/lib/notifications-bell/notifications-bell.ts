import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import type { Notification } from '@bep/contracts';
import { NotificationsStore } from '@bep/web/notifications/data-access';
import { BepDateTimePipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/** A notification as the list shows it: where it leads in the app, and whether to mark it unread. */
interface ListedNotification {
  readonly notification: Notification;
  /** The app page it opens; null: it leads nowhere (or somewhere outside the app, which is not followed). */
  readonly target: UrlTree | null;
  readonly unread: boolean;
}

/**
 * The toolbar's bell: the unread count as a badge (in the button's name for a screen reader:
 * "Notifications, 3 non lues"), and a menu of the newest notifications (title, text, time in
 * Brussels, a link to the page it is about). Opening the menu marks those listed read, still marked
 * "Non lue" until it closes so that one sees what was new; "Tout marquer comme lu" marks all of
 * mine read, those not listed too. The count refreshes every minute and when the page regains focus.
 */
@Component({
  selector: 'bep-notifications-bell',
  imports: [BepDateTimePipe, BepPluralPipe, MatIconButton, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, TranslocoPipe],
  templateUrl: './notifications-bell.html',
  styleUrl: './notifications-bell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsBell {
  protected readonly store = inject(NotificationsStore);
  readonly #router = inject(Router);

  /** The notifications that were unread when the menu opened: still marked until it closes. */
  readonly #fresh = signal<ReadonlySet<string>>(new Set());

  protected readonly unread = this.store.unread;
  /** "3" on the badge, "99+" beyond. */
  protected readonly badge = computed(() => (this.unread() > 99 ? '99+' : String(this.unread())));

  protected readonly items = computed<ListedNotification[]>(() => {
    const fresh = this.#fresh();
    return this.store.notifications().map((notification) => ({
      notification,
      target: this.#targetOf(notification.link),
      unread: notification.readAt === null || fresh.has(notification.id),
    }));
  });

  protected readonly anyUnread = computed(() => this.unread() > 0 || this.items().some((item) => item.unread));

  constructor() {
    this.store.watch(inject(DestroyRef));
  }

  /** The menu opens: those listed unread are marked read (and stay marked on screen until it closes). */
  protected opened(): void {
    const unread = this.store
      .notifications()
      .filter((notification) => notification.readAt === null)
      .map((notification) => notification.id);
    this.#fresh.set(new Set(unread));
    this.store.markRead(unread);
  }

  protected closed(): void {
    this.#fresh.set(new Set());
  }

  /** All of mine, those not listed too; the menu closes (as after any of its items). */
  protected markAllRead(): void {
    this.#fresh.set(new Set());
    this.store.markRead();
  }

  /** Only a path of this app ("/communes/92142") is followed, as a route. */
  #targetOf(link: string | null): UrlTree | null {
    if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
    try {
      return this.#router.parseUrl(link);
    } catch {
      return null;
    }
  }
}
