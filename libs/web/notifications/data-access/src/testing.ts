/** Test helpers, imported as `@bep/web/notifications/data-access/testing`: never part of the app bundle. */
import type { Notification, NotificationPage, Reminder } from '@bep/contracts';

/** A notification of the demo's kind: a diagnostic not scheduled for Gembloux, unread. */
export function aNotification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: '5d0f3c5e-1b7a-4f4e-9a53-000000000001',
    reminderId: '9b1f0c2a-6d3e-4c1b-8e7f-000000000001',
    title: 'Gembloux : diagnostic à planifier',
    body: 'Le diagnostic de Gembloux, demandé le 24 février, n’est pas encore planifié.',
    link: '/communes/92142',
    createdAt: '2026-03-17T08:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

/** A page of notifications as GET /api/notifications answers it; `unread` counts the unread ones listed unless given. */
export function aNotificationPage(items: Notification[], unread = items.filter((item) => item.readAt === null).length): NotificationPage {
  return { items, total: items.length, limit: 20, offset: 0, unread };
}

/** A scheduled reminder of Gembloux's engagement: the second of the survey series, on Monday 23 March 2026 at 09:00. */
export function aReminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
    id: '9b1f0c2a-6d3e-4c1b-8e7f-000000000002',
    rule: 'surveyUnanswered',
    status: 'scheduled',
    occurrence: 2,
    dueAt: '2026-03-23T08:00:00.000Z',
    sendAt: '2026-03-23T08:00:00.000Z',
    sentAt: null,
    skipReason: null,
    lastError: null,
    attempts: 0,
    engagement: { id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', communeNis: '92142', communeName: 'Gembloux' },
    subjectId: null,
    recipients: null,
    ...overrides,
  };
}
