import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DestroyRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { aNotification, aNotificationPage } from '../testing';
import { NOTIFICATIONS_REFRESH_MS, NotificationsStore } from './notifications-store';

const LIST_URL = '/api/notifications?limit=20';

/** A DestroyRef the test ends by hand (the bell's, in the app). */
function aLifetime() {
  const callbacks: (() => void)[] = [];
  const ref = { onDestroy: (callback: () => void) => (callbacks.push(callback), () => undefined), destroyed: false } as unknown as DestroyRef;
  return { ref, destroy: () => callbacks.forEach((callback) => callback()) };
}

describe('NotificationsStore', () => {
  let http: HttpTestingController;
  let store: NotificationsStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(NotificationsStore);
  });

  afterEach(() => {
    jest.useRealTimers();
    http.verify();
  });

  it('lists the newest notifications and the unread count of all of mine', () => {
    expect([store.loaded(), store.unread()]).toEqual([false, 0]);
    store.refresh();
    expect(store.loading()).toBe(true);
    http.expectOne(LIST_URL).flush(aNotificationPage([aNotification()], 3));

    expect(store.loaded()).toBe(true);
    expect(store.loading()).toBe(false);
    expect(store.unread()).toBe(3);
    expect(store.notifications().map((item) => item.title)).toEqual(['Gembloux : diagnostic à planifier']);
  });

  it('keeps what it showed when a refresh fails, and says why', () => {
    store.refresh();
    http.expectOne(LIST_URL).flush(aNotificationPage([aNotification()]));
    store.refresh();
    http.expectOne(LIST_URL).flush({ title: 'Erreur' }, { status: 500, statusText: 'Error' });

    expect(store.unread()).toBe(1);
    expect(store.failure()?.status).toBe(500);
  });

  it('marks some read at once, then tells the server', () => {
    store.refresh();
    const first = aNotification({ id: 'n1' });
    const second = aNotification({ id: 'n2' });
    http.expectOne(LIST_URL).flush(aNotificationPage([first, second], 5));

    store.markRead(['n1']);
    expect(store.unread()).toBe(4);
    expect(store.notifications().map((item) => item.readAt !== null)).toEqual([true, false]);
    const request = http.expectOne('/api/notifications/read');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ ids: ['n1'] });
    request.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('marks all of mine read without ids, those not listed too', () => {
    store.refresh();
    http.expectOne(LIST_URL).flush(aNotificationPage([aNotification()], 25));

    store.markRead();
    expect(store.unread()).toBe(0);
    expect(store.notifications().every((item) => item.readAt !== null)).toBe(true);
    expect(http.expectOne('/api/notifications/read').request.body).toEqual({});
  });

  it('reads again what the server holds when marking fails, and drops a refresh that was under way', () => {
    store.refresh();
    http.expectOne(LIST_URL).flush(aNotificationPage([aNotification({ id: 'n1' })]));
    store.refresh();
    const stale = http.expectOne(LIST_URL);

    store.markRead(['n1']);
    expect(stale.cancelled).toBe(true);
    expect(store.loading()).toBe(false);
    http.expectOne('/api/notifications/read').flush({ title: 'Erreur' }, { status: 500, statusText: 'Error' });
    http.expectOne(LIST_URL).flush(aNotificationPage([aNotification({ id: 'n1' })]));
    expect(store.unread()).toBe(1);
  });

  describe('watch', () => {
    it('refreshes now, every minute while visible, and when the page regains focus', () => {
      jest.useFakeTimers({ now: new Date('2026-03-17T09:00:00Z') });
      const lifetime = aLifetime();
      store.watch(lifetime.ref);
      http.expectOne(LIST_URL).flush(aNotificationPage([], 0));

      jest.advanceTimersByTime(NOTIFICATIONS_REFRESH_MS);
      http.expectOne(LIST_URL).flush(aNotificationPage([aNotification()]));
      expect(store.unread()).toBe(1);

      // Right after a refresh, a focus asks nothing; later it does.
      window.dispatchEvent(new Event('focus'));
      http.expectNone(LIST_URL);
      jest.advanceTimersByTime(10_000);
      window.dispatchEvent(new Event('focus'));
      http.expectOne(LIST_URL).flush(aNotificationPage([aNotification(), aNotification({ id: 'n2' })]));
      expect(store.unread()).toBe(2);

      lifetime.destroy();
    });

    it('asks nothing while the page is hidden, and asks again when it is shown', () => {
      jest.useFakeTimers({ now: new Date('2026-03-17T09:00:00Z') });
      const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      const lifetime = aLifetime();
      store.watch(lifetime.ref);
      http.expectOne(LIST_URL).flush(aNotificationPage([]));

      jest.advanceTimersByTime(3 * NOTIFICATIONS_REFRESH_MS);
      http.expectNone(LIST_URL);

      visibility.mockReturnValue('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      http.expectOne(LIST_URL).flush(aNotificationPage([aNotification()]));
      expect(store.unread()).toBe(1);
      lifetime.destroy();
      visibility.mockRestore();
    });

    it('stops and forgets the notifications when its caller is destroyed (signed out)', () => {
      jest.useFakeTimers({ now: new Date('2026-03-17T09:00:00Z') });
      const lifetime = aLifetime();
      store.watch(lifetime.ref);
      http.expectOne(LIST_URL).flush(aNotificationPage([aNotification()]));
      expect(store.unread()).toBe(1);

      lifetime.destroy();
      expect([store.loaded(), store.unread()]).toEqual([false, 0]);
      jest.advanceTimersByTime(5 * NOTIFICATIONS_REFRESH_MS);
      window.dispatchEvent(new Event('focus'));
      http.expectNone(LIST_URL);
    });
  });
});
