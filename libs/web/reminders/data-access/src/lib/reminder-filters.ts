import type { ReminderRuleName, ReminderStatus } from '@bep/domain';
import type { ReminderListQuery } from './reminders-api';

/** The lists of the Rappels page, each a set of statuses. */
export const REMINDER_TABS = ['upcoming', 'sent', 'failed', 'skipped'] as const;
export type ReminderTab = (typeof REMINDER_TABS)[number];

/**
 * The statuses each list shows: what is still to leave (a reminder being sent is still "to come"
 * until the worker says it left), what left, what failed for good, and what did not leave.
 */
export const TAB_STATUSES: Readonly<Record<ReminderTab, readonly ReminderStatus[]>> = {
  upcoming: ['scheduled', 'sending'],
  sent: ['sent'],
  failed: ['failed'],
  skipped: ['skipped', 'cancelled'],
};

/** What the lists are filtered by, as the user states it, and the page shown. */
export interface ReminderFilters {
  rule: ReminderRuleName | null;
  /** The commune's NIS code. */
  communeNis: string | null;
  /** First Brussels calendar day included, `YYYY-MM-DD`, on the reminder's date (sent, else due to leave). */
  from: string | null;
  /** Last Brussels calendar day included, `YYYY-MM-DD`. */
  to: string | null;
  /** 0-based. */
  pageIndex: number;
  pageSize: number;
}

export const REMINDER_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_REMINDER_PAGE_SIZE = 25;

export const NO_REMINDER_FILTERS: ReminderFilters = {
  rule: null,
  communeNis: null,
  from: null,
  to: null,
  pageIndex: 0,
  pageSize: DEFAULT_REMINDER_PAGE_SIZE,
};

/**
 * The query of GET /api/reminders for one list under `filters`. The API takes the period as
 * Brussels days, both included, so the days go as they are.
 */
export function reminderQueryParams(tab: ReminderTab, filters: ReminderFilters): ReminderListQuery {
  const query: ReminderListQuery = { status: TAB_STATUSES[tab] };
  if (filters.rule) query.rule = filters.rule;
  if (filters.communeNis) query.communeNis = filters.communeNis;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  query.limit = filters.pageSize;
  query.offset = filters.pageIndex * filters.pageSize;
  return query;
}

/** Whether any filter narrows the lists (the page is not one). */
export function isFiltered(filters: ReminderFilters): boolean {
  return !!(filters.rule || filters.communeNis || filters.from || filters.to);
}
