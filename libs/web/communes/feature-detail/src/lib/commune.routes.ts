import { Route } from '@angular/router';
import { provideMaturityCharts } from '@bep/web/maturity/ui';
import { provideFeatureTranslations } from '@bep/web/shared/i18n';
import { CommunePage } from './commune-page/commune-page';
import { communeTitle } from './commune-title';

/** /communes/:nis, a child of the communes routes: the NIS code reaches the page as its `nis` input. */
export const communeRoutes: Route[] = [
  {
    path: '',
    title: communeTitle,
    component: CommunePage,
    providers: [
      // The questionnaire section's radar: ECharts loads when a scored commune's page first shows one.
      provideMaturityCharts(),
      provideFeatureTranslations('commune', {
        fr: () => import('./i18n/fr').then((m) => m.fr),
        en: () => import('./i18n/en').then((m) => m.en),
      }),
    ],
  },
];
