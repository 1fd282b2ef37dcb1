import { Route } from '@angular/router';
import { REMINDERS_TRANSLATIONS } from './i18n/reminders-translations';
import { RemindersLayout } from './layout/reminders-layout';
import { ReminderListPage } from './list/reminder-list-page';
import { OutboxPage } from './outbox/outbox-page';
import { ReminderRulesPage } from './rules/reminder-rules-page';

/**
 * /rappels (managers, see APP_PAGES): the reminders to come, sent, failed, skipped or cancelled,
 * the outbox, and the current campaign's reminder rules. Titles are translation keys, shown before
 * the page's own ("À venir · Rappels · ...").
 */
export const remindersRoutes: Route[] = [
  {
    path: '',
    component: RemindersLayout,
    providers: [REMINDERS_TRANSLATIONS],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'a-venir' },
      { path: 'a-venir', title: 'reminders.tabs.upcoming', component: ReminderListPage, data: { tab: 'upcoming' } },
      { path: 'envoyes', title: 'reminders.tabs.sent', component: ReminderListPage, data: { tab: 'sent' } },
      { path: 'echecs', title: 'reminders.tabs.failed', component: ReminderListPage, data: { tab: 'failed' } },
      { path: 'ignores', title: 'reminders.tabs.skipped', component: ReminderListPage, data: { tab: 'skipped' } },
      { path: 'boite-d-envoi', title: 'reminders.tabs.outbox', component: OutboxPage },
      { path: 'regles', title: 'reminders.tabs.rules', component: ReminderRulesPage },
    ],
  },
];
