import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import localeFrBe from '@angular/common/locales/fr-BE';
import { ApplicationConfig, LOCALE_ID, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { authInterceptor } from '@bep/web/auth/data-access';
import { provideI18n } from '@bep/web/shared/i18n';
import { appRoutes } from './app.routes';

// Numbers and dates in Belgian French (e.g. "110 939"). Zoneless change detection is Angular 21's default.
registerLocaleData(localeFrBe);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(
      withFetch(),
      // The session is an httpOnly cookie; changes prove they come from this app with the readable
      // CSRF cookie echoed in a header (Angular adds it to relative-URL POST/PATCH/PUT/DELETE).
      withXsrfConfiguration({ cookieName: 'bep_csrf', headerName: 'X-CSRF-Token' }),
      withInterceptors([authInterceptor]),
    ),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
    ),
    provideI18n(),
    { provide: LOCALE_ID, useValue: 'fr-BE' },
  ],
};
