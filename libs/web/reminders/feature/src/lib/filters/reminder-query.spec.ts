import { convertToParamMap } from '@angular/router';
import { NO_REMINDER_FILTERS } from '@bep/web/reminders/data-access';
import { filtersFromQuery, outboxFiltersFromQuery, queryFromFilters, tabQuery } from './reminder-query';

describe('the Rappels page’s URL', () => {
  it('reads the filters and the page, and ignores what is not one', () => {
    expect(filtersFromQuery(convertToParamMap({}))).toEqual(NO_REMINDER_FILTERS);
    expect(
      filtersFromQuery(convertToParamMap({ regle: 'invoiceOverdue', commune: '92142', du: '2026-03-01', au: '2026-03-31', page: '3', taille: '50' })),
    ).toEqual({ rule: 'invoiceOverdue', communeNis: '92142', from: '2026-03-01', to: '2026-03-31', pageIndex: 2, pageSize: 50 });
    expect(filtersFromQuery(convertToParamMap({ regle: 'weekly', commune: 'Namur', du: 'hier', page: '-2', taille: '7' }))).toEqual(NO_REMINDER_FILTERS);
    expect(outboxFiltersFromQuery(convertToParamMap({ commune: '93090', page: '2' }))).toEqual({ communeNis: '93090', pageIndex: 1, pageSize: 25 });
  });

  it('writes the filters that differ from the defaults, and the tabs carry them from the first page', () => {
    expect(queryFromFilters(NO_REMINDER_FILTERS)).toEqual({ regle: null, commune: null, du: null, au: null, page: null, taille: null });
    const filters = { ...NO_REMINDER_FILTERS, rule: 'surveyUnanswered' as const, communeNis: '93090', pageIndex: 1, pageSize: 10 };
    expect(queryFromFilters(filters)).toEqual({ regle: 'surveyUnanswered', commune: '93090', du: null, au: null, page: 2, taille: 10 });
    expect(tabQuery(filters)).toMatchObject({ page: null, taille: 10 });
  });
});
