import { Route } from '@angular/router';
import { provideFeatureTranslations } from '@bep/web/shared/i18n';
import { CommunesPage } from './communes-page/communes-page';

/** /communes: the table; /communes/:nis: one commune's page, loaded on demand. */
export const communesRoutes: Route[] = [
  {
    path: '',
    providers: [
      provideFeatureTranslations('communes', {
        fr: () => import('./i18n/fr').then((m) => m.fr),
        en: () => import('./i18n/en').then((m) => m.en),
      }),
    ],
    children: [
      { path: '', component: CommunesPage },
      { path: ':nis', loadChildren: () => import('@bep/web/communes/feature-detail').then((m) => m.communeRoutes) },
    ],
  },
];
