import { Route } from '@angular/router';
import { provideFeatureTranslations } from '@bep/web/shared/i18n';
import { ConsultantsPage } from './consultants-page/consultants-page';

/** /consultants (managers, see APP_PAGES), with the page's own words. */
export const consultantsRoutes: Route[] = [
  {
    path: '',
    component: ConsultantsPage,
    providers: [
      provideFeatureTranslations('consultants', {
        fr: () => import('./i18n/fr').then((m) => m.fr),
        en: () => import('./i18n/en').then((m) => m.en),
      }),
    ],
  },
];
