import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aReminder } from '../testing';
import { EngagementReminders } from './engagement-reminders';

const SETTINGS = {
  surveyUnanswered: { enabled: true, firstAfterDays: 14, repeatEveryDays: 7, maxCount: 3 },
  invoiceOverdue: { enabled: true, firstAfterDays: 1, repeatEveryDays: 15, maxCount: 3 },
};

describe('EngagementReminders', () => {
  let http: HttpTestingController;
  let reminders: EngagementReminders;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), EngagementReminders] });
    http = TestBed.inject(HttpTestingController);
    reminders = TestBed.inject(EngagementReminders);
  });

  afterEach(() => http.verify());

  it("reads the engagement's scheduled reminders at each change, its campaign's series once", () => {
    reminders.follow({ id: 'e1', campaignId: 'c1' }, true);
    http.expectOne('/api/campaigns/c1').flush({ id: 'c1', reminderSettings: SETTINGS });
    http.expectOne('/api/reminders?engagementId=e1&limit=50&status=scheduled').flush({ items: [aReminder()], total: 1, limit: 50, offset: 0 });
    expect(reminders.seriesLengths.value()).toEqual({ surveyUnanswered: 3, invoiceOverdue: 3 });
    expect(reminders.scheduled.value()?.map((reminder) => reminder.occurrence)).toEqual([2]);

    reminders.follow({ id: 'e1', campaignId: 'c1' }, true);
    http.expectOne('/api/reminders?engagementId=e1&limit=50&status=scheduled').flush({ items: [], total: 0, limit: 50, offset: 0 });
    expect(reminders.scheduled.value()).toEqual([]);
  });

  it('asks nothing of the reminders a user may not read, and forgets everything without an engagement', () => {
    reminders.follow({ id: 'e1', campaignId: 'c1' }, false);
    http.expectOne('/api/campaigns/c1').flush({ id: 'c1', reminderSettings: SETTINGS });
    expect(reminders.scheduled.loaded()).toBe(false);

    reminders.follow(null, true);
    expect(reminders.seriesLengths.loaded()).toBe(false);
  });
});
