import { Route } from '@angular/router';
import { provideFeatureTranslations } from '@bep/web/shared/i18n';
import { MyCommunesPage } from './my-communes-page/my-communes-page';

/** /mes-communes (consultants, see APP_PAGES), with the page's own words. */
export const myCommunesRoutes: Route[] = [
  {
    path: '',
    component: MyCommunesPage,
    providers: [
      provideFeatureTranslations('myCommunes', {
        fr: () => import('./i18n/fr').then((m) => m.fr),
        en: () => import('./i18n/en').then((m) => m.en),
      }),
    ],
  },
];
