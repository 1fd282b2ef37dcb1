import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { aUser } from '@bep/web/auth/data-access/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from './lib/i18n/en';
import { fr } from './lib/i18n/fr';
import { invoicesRoutes } from './lib/invoices.routes';

export interface InvoicesPageBed {
  harness: RouterTestingHarness;
  loader: HarnessLoader;
  /** Harnesses anywhere in the document: dialogs, snack bars. */
  documentLoader: HarnessLoader;
  http: HttpTestingController;
  settle(): Promise<void>;
}

/**
 * What every spec of a Factures page starts from: the feature's routes under /factures, the API
 * behind a testing backend, the feature's words, Material without animations, and a user signed
 * in with `roles`. The spec checks `http.verify()` after each case.
 */
export async function startInvoicesPage(roles: Role[], routes: Routes = [{ path: 'factures', children: invoicesRoutes }]): Promise<InvoicesPageBed> {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideI18nTesting({ invoices: { fr, en } }),
      provideRouter(routes, withComponentInputBinding()),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(AuthStore).ensureLoaded();
  http.expectOne('/api/auth/me').flush({ user: aUser(roles) });
  await signedIn;
  const harness = await RouterTestingHarness.create();
  const settle = async () => {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  return {
    http,
    harness,
    settle,
    loader: TestbedHarnessEnvironment.loader(harness.fixture),
    documentLoader: TestbedHarnessEnvironment.documentRootLoader(harness.fixture),
  };
}
