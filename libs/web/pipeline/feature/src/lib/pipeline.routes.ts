import { Route } from '@angular/router';
import { provideFeatureTranslations } from '@bep/web/shared/i18n';
import { PipelinePage } from './pipeline-page/pipeline-page';

/** /pipeline: the kanban board, with its own words (scope `pipeline`) loaded with the route. */
export const pipelineRoutes: Route[] = [
  {
    path: '',
    component: PipelinePage,
    providers: [
      provideFeatureTranslations('pipeline', {
        fr: () => import('./i18n/fr').then((m) => m.fr),
        en: () => import('./i18n/en').then((m) => m.en),
      }),
    ],
  },
];
