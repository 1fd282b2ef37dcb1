import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Workload } from '@bep/contracts';
import { WorkloadStore } from './workload-store';

const workload: Workload = {
  campaign: { id: 'a7e1c0de-0000-4000-8000-000000000001', name: 'Radioscopie numérique 2019' },
  items: [
    {
      consultant: { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', name: 'Camille Dubois', email: 'consultant1@ocalia.demo', office: 'BE', active: true, weeklyCapacityHours: 32 },
      activeEngagements: { total: 1, lead: 1, byStage: { diagnostic_requested: 1 } },
      weeks: [{ weekStart: '2019-06-03', scheduledActivities: 2, plannedMinutes: 480, load: 0.25 }],
    },
  ],
};

describe('WorkloadStore', () => {
  let store: WorkloadStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), WorkloadStore] });
    store = TestBed.inject(WorkloadStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the workload of the current campaign', () => {
    store.load();
    expect(store.loading()).toBe(true);
    http.expectOne('/api/consultants/workload').flush(workload);

    expect(store.loading()).toBe(false);
    expect(store.loaded()).toBe(true);
    expect(store.campaign()?.name).toBe('Radioscopie numérique 2019');
    expect(store.items().map((item) => item.consultant.name)).toEqual(['Camille Dubois']);
  });

  it('keeps the figures shown during a reload, and the failure for a retry', () => {
    store.load();
    http.expectOne('/api/consultants/workload').flush(workload);

    store.load();
    expect(store.items()).toHaveLength(1);
    http
      .expectOne('/api/consultants/workload')
      .flush({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Managers only.' }, { status: 403, statusText: 'Forbidden' });

    expect(store.error()).toEqual(expect.objectContaining({ status: 403 }));
    expect(store.items()).toHaveLength(1);
  });
});
