/**
 * Test bed of the commune page, shared by the specs of its sections: the real routes, the
 * French words, HttpTestingController, and a signed-in user. Not part of the library's build.
 */
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Activity, CommuneBilling, CommuneSummary, Contact, CurrentUser, EngagementDetail, EngagementMaturity, EngagementSurvey, Reminder } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { aUser } from '@bep/web/auth/data-access/testing';
import { aCommune, aCommuneBilling, aCommuneList, aContact, anActivity, anEngagement, ENGAGEMENT_ID, GEMBLOUX_NIS } from '@bep/web/communes/data-access/testing';
import { type FakeChart, provideFakeMaturityCharts } from '@bep/web/maturity/ui/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { anEngagementSurvey, NO_MATURITY } from '@bep/web/survey/data-access/testing';
import { communeRoutes } from '../lib/commune.routes';
import { en } from '../lib/i18n/en';
import { fr } from '../lib/i18n/fr';

@Component({ template: '' })
class TableStub {}

export const MANAGER = aUser(['manager']);

export const COMMUNE_URL = `/api/communes?q=${GEMBLOUX_NIS}`;
export const CONTACTS_URL = `/api/communes/${GEMBLOUX_NIS}/contacts?limit=200`;
export const ENGAGEMENT_URL = `/api/engagements/${ENGAGEMENT_ID}`;
export const ACTIVITIES_URL = `/api/activities?engagementId=${ENGAGEMENT_ID}&limit=500`;

export const page = <T>(items: T[]) => ({ items, total: items.length, limit: 500, offset: 0 });

/** The radars the page drew (their options), since `configureCommunePage`. */
export const radars: FakeChart[] = [];

export function configureCommunePage(): void {
  radars.length = 0;
  // The route's lazy ECharts gives way to a chart that records its options (jsdom draws no canvas).
  const routes = communeRoutes.map((route) => ({ ...route, providers: [...(route.providers ?? []), provideFakeMaturityCharts(radars)] }));
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'communes', component: TableStub }, { path: 'communes/:nis', children: routes }], withComponentInputBinding()),
      provideI18nTesting({ commune: { fr, en } }),
      // Dialogs close at once rather than after a CSS transition jsdom never ends.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
}

export interface PageSetup {
  user?: CurrentUser;
  /** Null: no commune has the NIS code. */
  commune?: CommuneSummary | null;
  engagement?: EngagementDetail;
  contacts?: Contact[];
  activities?: Activity[];
  /** The engagement's scheduled reminders (GET /api/reminders?status=scheduled), none by default. */
  reminders?: Reminder[];
  /** The commune's billing data, for users who may read it (Gembloux's demo profile by default). */
  billing?: CommuneBilling;
  /** The engagement's questionnaire, for managers and the team (`anEngagementSurvey()`: in progress, no link, by default). */
  survey?: EngagementSurvey;
  /** Its maturity (none scored by default). */
  maturity?: EngagementMaturity;
  /** Requests that fail, with their status (0: the server does not answer). */
  fail?: Partial<Record<'commune' | 'contacts' | 'engagement' | 'activities' | 'reminders' | 'survey', number>>;
}

/** The campaign's reminder settings as GET /api/campaigns/{id} holds them: a survey series of 3. */
export const CAMPAIGN_REMINDER_SETTINGS = {
  surveyUnanswered: { enabled: true, firstAfterDays: 14, repeatEveryDays: 7, maxCount: 3 },
  diagnosticNotScheduled: { enabled: true, afterDays: 21 },
  upcomingEvent: { enabled: true, daysBefore: 2 },
  invoiceOverdue: { enabled: true, firstAfterDays: 1, repeatEveryDays: 15, maxCount: 3 },
  weeklyDigest: { enabled: true, weekday: 'monday', at: '08:00' },
};

export const billingUrl = (nis: string) => `/api/communes/${nis}/billing`;

export const surveyUrl = (engagementId: string) => `/api/engagements/${engagementId}/survey`;
export const maturityUrl = (engagementId: string) => `/api/engagements/${engagementId}/maturity`;

export const remindersUrl = (engagementId: string) => `/api/reminders?engagementId=${engagementId}&limit=50&status=scheduled`;

export interface OpenPage {
  http: HttpTestingController;
  harness: RouterTestingHarness;
  /** Harnesses inside the page. */
  loader: HarnessLoader;
  /** Harnesses anywhere in the document: dialogs, menus, snack bars. */
  documentLoader: HarnessLoader;
  element(): HTMLElement;
  /** The section whose heading is `heading`. */
  section(heading: string): HTMLElement;
  settle(): Promise<void>;
  /**
   * Answers the reloads that follow a change of activities: the list and the engagement (timeline),
   * then the engagement's scheduled reminders, read again with it.
   */
  flushActivityRefresh(activities: Activity[], engagement?: EngagementDetail): Promise<void>;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Signs `user` in, opens /communes/92142 and answers its requests (Gembloux, led by Camille Dubois, by default). */
export async function openCommunePage(setup: PageSetup = {}): Promise<OpenPage> {
  const http = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(AuthStore).ensureLoaded();
  http.expectOne('/api/auth/me').flush({ user: setup.user ?? MANAGER });
  await signedIn;

  const commune = setup.commune === undefined ? aCommune() : setup.commune;
  const list = aCommuneList(commune ? [commune] : []);
  const harness = await RouterTestingHarness.create();
  const navigated = harness.navigateByUrl(`/communes/${commune?.nis ?? '99999'}`);
  const nis = commune?.nis ?? '99999';
  // The title resolver asks for the commune's name before the page opens.
  await new Promise((resolve) => setTimeout(resolve));
  http.expectOne(`/api/communes?q=${nis}`).flush(list);
  await navigated;

  const answer = (url: string | TestRequest, section: keyof NonNullable<PageSetup['fail']>, body: unknown) => {
    const status = setup.fail?.[section];
    const request = typeof url === 'string' ? http.expectOne(url) : url;
    if (status === undefined) {
      request.flush(body);
    } else if (status === 0) {
      request.error(new ProgressEvent('error'));
    } else {
      request.flush({ type: 'about:blank', title: 'Erreur', status, detail: 'Le serveur a un problème.' }, { status, statusText: 'Error' });
    }
  };
  answer(`/api/communes?q=${nis}`, 'commune', list);
  answer(`/api/communes/${nis}/contacts?limit=200`, 'contacts', page(setup.contacts ?? [aContact()]));
  if (commune?.engagement && setup.fail?.commune === undefined) {
    answer(`/api/engagements/${commune.engagement.id}`, 'engagement', setup.engagement ?? anEngagement());
    answer(`/api/activities?engagementId=${commune.engagement.id}&limit=500`, 'activities', page(setup.activities ?? [anActivity()]));
  }

  const settle = async () => {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  await settle();

  // The timeline then asks for the campaign's series and, if the user may read them, the scheduled reminders.
  const answerReminders = async (engagement: EngagementDetail) => {
    for (const request of http.match(`/api/campaigns/${engagement.campaignId}`)) {
      request.flush({ id: engagement.campaignId, reminderSettings: CAMPAIGN_REMINDER_SETTINGS });
    }
    for (const request of http.match(remindersUrl(engagement.id))) {
      const status = setup.fail?.reminders;
      if (status === undefined) request.flush(page(setup.reminders ?? []));
      else request.flush({ type: 'about:blank', title: 'Erreur', status, detail: 'Le serveur a un problème.' }, { status, statusText: 'Error' });
    }
    await settle();
  };
  if (commune?.engagement && setup.fail?.commune === undefined && setup.fail?.engagement === undefined) {
    await answerReminders(setup.engagement ?? anEngagement());
  }
  // The questionnaire section asks for the questionnaire and the maturity when the user may read them.
  if (commune?.engagement) {
    for (const request of http.match(surveyUrl(commune.engagement.id))) answer(request, 'survey', setup.survey ?? anEngagementSurvey());
    for (const request of http.match(maturityUrl(commune.engagement.id))) answer(request, 'survey', setup.maturity ?? NO_MATURITY);
    await settle();
  }
  // The billing section asks for the commune's billing data when the user may read it.
  for (const request of http.match(billingUrl(nis))) request.flush(setup.billing ?? aCommuneBilling());
  await settle();
  // The invoices section lists the engagement's invoices for finance and managers (none by default), in its own words.
  for (const request of http.match((candidate) => candidate.url === '/api/invoices')) request.flush({ ...page([]), totals: null });
  await settle();

  const element = () => harness.routeNativeElement as HTMLElement;
  return {
    http,
    harness,
    loader: TestbedHarnessEnvironment.loader(harness.fixture),
    documentLoader: TestbedHarnessEnvironment.documentRootLoader(harness.fixture),
    element,
    section(heading: string): HTMLElement {
      const sections = Array.from(element().querySelectorAll<HTMLElement>('section'));
      const found = sections.find((section) => squash(section.querySelector('h2')?.textContent) === heading);
      if (!found) throw new Error(`No section "${heading}" among ${sections.map((section) => squash(section.querySelector('h2')?.textContent)).join(', ')}`);
      return found;
    },
    settle,
    async flushActivityRefresh(activities: Activity[], engagement = anEngagement()): Promise<void> {
      http.expectOne(ACTIVITIES_URL).flush(page(activities));
      http.expectOne(ENGAGEMENT_URL).flush(engagement);
      await settle();
      await answerReminders(engagement);
    },
  };
}

export { squash };
