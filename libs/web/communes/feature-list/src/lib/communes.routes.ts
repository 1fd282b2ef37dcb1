import { Route } from '@angular/router';
import { rolesGuard } from '@bep/web/auth/data-access';
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
      // A manager types in the answers a commune sent back on paper, on the form its link opens.
      {
        path: ':nis/questionnaire',
        title: 'survey.paper.title',
        canMatch: [rolesGuard('manager')],
        loadComponent: () => import('@bep/web/survey/feature').then((m) => m.PaperAnswersPage),
      },
      { path: ':nis', loadChildren: () => import('@bep/web/communes/feature-detail').then((m) => m.communeRoutes) },
    ],
  },
];
