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

const APP_NAME = 'BEP Transition numérique';

function pageTitle(page: string): string {
  return `${page} · ${APP_NAME}`;
}

/** The route of a page of APP_PAGES: its path, title and the guard of the roles that may open it. */
function page(id: PageId, route: Omit<Route, 'path' | 'title' | 'canMatch'>): Route {
  const { path, label } = appPage(id);
  return { path: path.slice(1), title: pageTitle(label), canMatch: [pageGuard(id)], ...route };
}

/**
 * A page announced in the navigation but not built yet: one shared component, fed through route
 * data. It is tiny and imported statically: a dynamic import() of the @bep/web/ui barrel would keep
 * every export of it (dialogs, paginator...) in the initial bundle.
 */
function placeholder(id: PageId, message: string): Route {
  return page(id, {
    component: PagePlaceholder,
    data: { heading: appPage(id).label, message },
  });
}

export const appRoutes: Route[] = [
  // Outside the shell, without the navigation.
  {
    path: 'connexion',
    title: pageTitle('Connexion'),
    canMatch: [signedOutGuard],
    loadComponent: () => import('@bep/web/auth/feature').then((m) => m.LoginPage),
  },
  {
    path: 'mot-de-passe',
    title: pageTitle('Changer le mot de passe'),
    canMatch: [signedInGuard],
    loadComponent: () => import('@bep/web/auth/feature').then((m) => m.ChangePasswordPage),
  },
  {
    path: 'acces-refuse',
    title: pageTitle('Accès refusé'),
    loadComponent: () => import('@bep/web/auth/feature').then((m) => m.AccessDeniedPage),
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
      page('my-communes', {
        loadChildren: () => import('@bep/web/my-communes/feature').then((m) => m.myCommunesRoutes),
      }),
      page('consultants', {
        loadChildren: () => import('@bep/web/consultants/feature').then((m) => m.consultantsRoutes),
      }),
      placeholder(
        'invoices',
        "La facturation n'est pas encore disponible. Elle permettra d'émettre, de suivre et d'exporter les factures de cofinancement.",
      ),
      placeholder(
        'reminders',
        "Les rappels ne sont pas encore disponibles. Cette page montrera les rappels programmés et envoyés, ainsi que la boîte d'envoi.",
      ),
      page('administration', {
        loadChildren: () => import('@bep/web/admin/feature').then((m) => m.adminRoutes),
      }),
      {
        path: '**',
        title: pageTitle('Page introuvable'),
        component: PagePlaceholder,
        data: {
          heading: 'Page introuvable',
          message: "Cette adresse ne correspond à aucune page de l'application. Utilisez le menu de navigation pour continuer.",
        },
      },
    ],
  },
];
