import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aReminder } from '../testing';
import { UpcomingRemindersApi } from './upcoming-reminders-api';

describe('UpcomingRemindersApi', () => {
  let http: HttpTestingController;
  let api: UpcomingRemindersApi;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(UpcomingRemindersApi);
  });

  afterEach(() => http.verify());

  it('asks for the scheduled reminders only, with the filters given', async () => {
    const page = { items: [aReminder()], total: 1, limit: 200, offset: 0 };
    const answer = firstValueFrom(api.scheduled({ engagementId: 'e1', limit: 200 }));
    http.expectOne('/api/reminders?engagementId=e1&limit=200&status=scheduled').flush(page);
    expect(await answer).toEqual(page);
  });

  it("reads the length of a campaign's repeating series from its reminder settings", async () => {
    const settings = {
      surveyUnanswered: { enabled: true, firstAfterDays: 14, repeatEveryDays: 7, maxCount: 3 },
      invoiceOverdue: { enabled: true, firstAfterDays: 1, repeatEveryDays: 15, maxCount: 4 },
    };
    const named = firstValueFrom(api.seriesLengths('c1'));
    http.expectOne('/api/campaigns/c1').flush({ id: 'c1', reminderSettings: settings });
    expect(await named).toEqual({ surveyUnanswered: 3, invoiceOverdue: 4 });

    const current = firstValueFrom(api.seriesLengths());
    http.expectOne('/api/campaigns/current').flush({ id: 'c1', reminderSettings: settings });
    expect(await current).toEqual({ surveyUnanswered: 3, invoiceOverdue: 4 });
  });
});
