import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { campaignsRoutes } from './lib/campaigns.routes';
import { en } from './lib/i18n/en';
import { fr } from './lib/i18n/fr';

export interface CampaignsPageBed {
  harness: RouterTestingHarness;
  loader: HarnessLoader;
  /** Harnesses anywhere in the document: dialogs, snack bars. */
  documentLoader: HarnessLoader;
  http: HttpTestingController;
  settle(): Promise<void>;
}

/**
 * What every spec of the campaigns' pages starts from: the feature's routes under /campagnes (or
 * `routes`), the API behind a testing backend, the feature's words, Material without animations.
 * The spec checks `http.verify()` after each case.
 */
export async function startCampaignsPage(routes: Routes = [{ path: 'campagnes', children: campaignsRoutes }]): Promise<CampaignsPageBed> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideI18nTesting({ campaigns: { fr, en } }),
      provideRouter(routes, withComponentInputBinding()),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  const settle = async () => {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  return {
    http: TestBed.inject(HttpTestingController),
    harness,
    settle,
    loader: TestbedHarnessEnvironment.loader(harness.fixture),
    documentLoader: TestbedHarnessEnvironment.documentRootLoader(harness.fixture),
  };
}
