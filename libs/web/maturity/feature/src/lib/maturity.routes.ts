import { Route } from '@angular/router';
import { provideFeatureTranslations } from '@bep/web/shared/i18n';
import { provideEchartsCore } from 'ngx-echarts';
import { echarts } from './echarts';
import { MaturityPage } from './maturity-page/maturity-page';

/** /maturite: managers and consultants (see APP_PAGES; the API scopes a consultant to their team). */
export const maturityRoutes: Route[] = [
  {
    path: '',
    component: MaturityPage,
    providers: [
      provideEchartsCore({ echarts }),
      provideFeatureTranslations('maturity', {
        fr: () => import('./i18n/fr').then((m) => m.fr),
        en: () => import('./i18n/en').then((m) => m.en),
      }),
    ],
  },
];
