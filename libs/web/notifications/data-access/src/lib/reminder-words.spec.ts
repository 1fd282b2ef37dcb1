import { TestBed } from '@angular/core/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { TranslocoService } from '@jsverse/transloco';
import { ReminderNamePipe, reminderNameKey } from './reminder-words';

describe('reminder names', () => {
  it('name the place in a series only when the series repeats and its length is known', () => {
    expect(reminderNameKey({ rule: 'surveyUnanswered', occurrence: 2 }, { surveyUnanswered: 3 })).toEqual({
      key: 'reminder.nameInSeries',
      rule: 'reminder.rule.surveyUnanswered',
      params: { occurrence: 2, count: 3 },
    });
    expect(reminderNameKey({ rule: 'surveyUnanswered', occurrence: 2 }, null).key).toBe('reminder.name');
    expect(reminderNameKey({ rule: 'diagnosticNotScheduled', occurrence: 1 }, { surveyUnanswered: 3 }).key).toBe('reminder.name');
    expect(reminderNameKey({ rule: 'invoiceOverdue', occurrence: 1 }, { invoiceOverdue: 1 }).key).toBe('reminder.name');
  });

  it('are written in the interface language', () => {
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    const pipe = TestBed.runInInjectionContext(() => new ReminderNamePipe());

    expect(pipe.transform({ rule: 'surveyUnanswered', occurrence: 2 }, { surveyUnanswered: 3 })).toBe('Rappel questionnaire (2 sur 3)');
    expect(pipe.transform({ rule: 'diagnosticNotScheduled', occurrence: 1 })).toBe('Rappel diagnostic non planifié');

    TestBed.inject(LanguageStore).use('en');
    TestBed.inject(TranslocoService).setActiveLang('en');
    expect(pipe.transform({ rule: 'surveyUnanswered', occurrence: 2 }, { surveyUnanswered: 3 })).toBe('Survey reminder (2 of 3)');
  });
});
