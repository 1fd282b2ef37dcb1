import { Route } from '@angular/router';
import { provideFeatureTranslations } from '@bep/web/shared/i18n';
import { provideEchartsCore } from 'ngx-echarts';
import { DashboardPage } from './dashboard-page/dashboard-page';
import { echarts } from './echarts';

/** /tableau-de-bord: every signed-in role may open it (see APP_PAGES); managers land on it. */
export const dashboardRoutes: Route[] = [
  {
    path: '',
    component: DashboardPage,
    providers: [
      provideEchartsCore({ echarts }),
      provideFeatureTranslations('dashboard', {
        fr: () => import('./i18n/fr').then((m) => m.fr),
        en: () => import('./i18n/en').then((m) => m.en),
      }),
    ],
  },
];
