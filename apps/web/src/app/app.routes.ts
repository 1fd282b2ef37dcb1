import { Route } from '@angular/router';
import {
  appPage,
  homeRedirect,
  pageGuard,
  type PageId,
  passwordChangedGuard,
  signedInGuard,
  signedOutGuard,
} from '@bep/web/auth/data-access';
import { Shell } from '@bep/web/shell';
import { PagePlaceholder } from '@bep/web/ui';

/**
 * The route of a page of APP_PAGES: its path, title and the guard of the roles that may open it.
 * Titles are translation keys (here the page's name, `page.<id>`): TranslatedTitleStrategy
 * (provideI18n) writes the document title in the interface language.
 */
function page(id: PageId, route: Omit<Route, 'path' | 'title' | 'canMatch'>): Route {
  return { path: appPage(id).path.slice(1), title: `page.${id}`, canMatch: [pageGuard(id)], ...route };
}

export const appRoutes: Route[] = [
  // Outside the shell, without the navigation.
  {
    path: 'connexion',
    title: 'auth.login.title',
    canMatch: [signedOutGuard],
    loadComponent: () => import('@bep/web/auth/feature').then((m) => m.LoginPage),
  },
  {
    path: 'mot-de-passe',
    title: 'auth.password.title',
    canMatch: [signedInGuard],
    loadComponent: () => import('@bep/web/auth/feature').then((m) => m.ChangePasswordPage),
  },
  {
    path: 'acces-refuse',
    title: 'auth.accessDenied.title',
    loadComponent: () => import('@bep/web/auth/feature').then((m) => m.AccessDeniedPage),
  },
  // A commune's questionnaire, opened from its link without an account (the token is the fragment).
  {
    path: 'questionnaire',
    title: 'survey.title',
    loadComponent: () => import('@bep/web/survey/feature').then((m) => m.SurveyPage),
  },
  // The application: signed-in users whose password is not temporary.
  {
    path: '',
    component: Shell,
    canMatch: [signedInGuard, passwordChangedGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: homeRedirect },
      page('communes', {
        loadChildren: () => import('@bep/web/communes/feature-list').then((m) => m.communesRoutes),
      }),
      page('dashboard', {
        loadChildren: () => import('@bep/web/dashboard/feature').then((m) => m.dashboardRoutes),
      }),
      page('pipeline', {
        loadChildren: () => import('@bep/web/pipeline/feature').then((m) => m.pipelineRoutes),
      }),
      page('maturity', {
        loadChildren: () => import('@bep/web/maturity/feature').then((m) => m.maturityRoutes),
      }),
      page('my-communes', {
        loadChildren: () => import('@bep/web/my-communes/feature').then((m) => m.myCommunesRoutes),
      }),
      page('consultants', {
        loadChildren: () => import('@bep/web/consultants/feature').then((m) => m.consultantsRoutes),
      }),
      page('invoices', {
        loadChildren: () => import('@bep/web/invoices/feature').then((m) => m.invoicesRoutes),
      }),
      page('reminders', {
        loadChildren: () => import('@bep/web/reminders/feature').then((m) => m.remindersRoutes),
      }),
      page('campaigns', {
        loadChildren: () => import('@bep/web/campaigns/feature').then((m) => m.campaignsRoutes),
      }),
      page('administration', {
        loadChildren: () => import('@bep/web/admin/feature').then((m) => m.adminRoutes),
      }),
      {
        path: '**',
        title: 'notFound.title',
        component: PagePlaceholder,
        data: { heading: 'notFound.title', message: 'notFound.message' },
      },
    ],
  },
];
