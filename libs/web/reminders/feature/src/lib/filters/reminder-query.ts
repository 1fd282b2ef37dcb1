import type { ParamMap, Params } from '@angular/router';
import { isReminderRule } from '@bep/domain';
import {
  DEFAULT_REMINDER_PAGE_SIZE,
  REMINDER_PAGE_SIZES,
  type OutboxFilters,
  type ReminderFilters,
} from '@bep/web/reminders/data-access';

/**
 * The Rappels page keeps its filters in the URL, so that a view can be bookmarked, shared, and
 * survives a reload; the tabs keep them from one list to the next:
 * `?regle=surveyUnanswered&commune=92142&du=2026-03-01&au=2026-03-31&page=2&taille=50`
 * (`page` counts from 1, days are Brussels calendar days).
 */
export const REMINDER_QUERY = { rule: 'regle', commune: 'commune', from: 'du', to: 'au', page: 'page', size: 'taille' } as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NIS = /^\d{5}$/;

function day(value: string | null): string | null {
  return value && DAY.test(value) ? value : null;
}

function page(query: ParamMap): { pageIndex: number; pageSize: number } {
  const index = Number(query.get(REMINDER_QUERY.page));
  const size = Number(query.get(REMINDER_QUERY.size));
  return {
    pageIndex: Number.isInteger(index) && index > 1 ? index - 1 : 0,
    pageSize: (REMINDER_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_REMINDER_PAGE_SIZE,
  };
}

function commune(query: ParamMap): string | null {
  const nis = query.get(REMINDER_QUERY.commune);
  return nis && NIS.test(nis) ? nis : null;
}

export function filtersFromQuery(query: ParamMap): ReminderFilters {
  const rule = query.get(REMINDER_QUERY.rule);
  return {
    rule: isReminderRule(rule) ? rule : null,
    communeNis: commune(query),
    from: day(query.get(REMINDER_QUERY.from)),
    to: day(query.get(REMINDER_QUERY.to)),
    ...page(query),
  };
}

/** The query parameters of `filters`: the default values are left out (null removes a parameter). */
export function queryFromFilters(filters: ReminderFilters): Params {
  return {
    [REMINDER_QUERY.rule]: filters.rule || null,
    [REMINDER_QUERY.commune]: filters.communeNis || null,
    [REMINDER_QUERY.from]: filters.from || null,
    [REMINDER_QUERY.to]: filters.to || null,
    [REMINDER_QUERY.page]: filters.pageIndex > 0 ? filters.pageIndex + 1 : null,
    [REMINDER_QUERY.size]: filters.pageSize !== DEFAULT_REMINDER_PAGE_SIZE ? filters.pageSize : null,
  };
}

/** The outbox reads the commune and the page of the same parameters. */
export function outboxFiltersFromQuery(query: ParamMap): OutboxFilters {
  return { communeNis: commune(query), ...page(query) };
}

/** What a tab link carries from one list to the next: the filters, from the first page. */
export function tabQuery(filters: ReminderFilters): Params {
  return queryFromFilters({ ...filters, pageIndex: 0 });
}
