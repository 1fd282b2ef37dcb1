import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from './lib/i18n/en';
import { fr } from './lib/i18n/fr';

export interface RemindersPageBed {
  harness: RouterTestingHarness;
  loader: HarnessLoader;
  http: HttpTestingController;
}

/**
 * What every spec of a Rappels page starts from: the page's routes, the API behind a testing
 * backend, the feature's words, Material without animations; `providers` add what a spec changes
 * (a phone's breakpoint). The spec checks `http.verify()` after each case.
 */
export async function startRemindersPage(routes: Routes, providers: Provider[] = []): Promise<RemindersPageBed> {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideI18nTesting({ reminders: { fr, en } }),
      provideRouter(routes),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ...providers,
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  return { http, harness, loader: TestbedHarnessEnvironment.loader(harness.fixture) };
}
