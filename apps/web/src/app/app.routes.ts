import { Route } from '@angular/router';

const APP_NAME = 'BEP Transition numérique';

function pageTitle(page: string): string {
  return `${page} · ${APP_NAME}`;
}

/** A page announced in the navigation but not built yet: one shared component, fed through route data. */
function placeholder(path: string, heading: string, message: string): Route {
  return {
    path,
    title: pageTitle(heading),
    loadComponent: () => import('@bep/web/ui').then((m) => m.PagePlaceholder),
    data: { heading, message },
  };
}

export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'communes' },
  {
    path: 'communes',
    title: pageTitle('Communes'),
    loadChildren: () => import('@bep/web/communes/feature-list').then((m) => m.communesRoutes),
  },
  placeholder(
    'tableau-de-bord',
    'Tableau de bord',
    "Le tableau de bord n'est pas encore disponible. Il présentera l'avancement de la campagne : communes par étape, carte de la province et échéances.",
  ),
  placeholder(
    'pipeline',
    'Pipeline',
    "Le pipeline n'est pas encore disponible. Il présentera les communes en colonnes, une par étape, pour suivre et faire avancer chaque engagement.",
  ),
  placeholder(
    'mes-communes',
    'Mes communes',
    "Cette page n'est pas encore disponible. Elle rassemblera les communes qui vous sont attribuées et ce qui est à faire ensuite.",
  ),
  placeholder(
    'consultants',
    'Consultants',
    "La page des consultants n'est pas encore disponible. Elle montrera la charge de chaque consultant et permettra les attributions.",
  ),
  placeholder(
    'factures',
    'Factures',
    "La facturation n'est pas encore disponible. Elle permettra d'émettre, de suivre et d'exporter les factures de cofinancement.",
  ),
  placeholder(
    'rappels',
    'Rappels',
    "Les rappels ne sont pas encore disponibles. Cette page montrera les rappels programmés et envoyés, ainsi que la boîte d'envoi.",
  ),
  placeholder(
    'administration',
    'Administration',
    "L'administration n'est pas encore disponible. Elle permettra de gérer les utilisateurs, les rôles et les réglages de la campagne.",
  ),
  {
    path: '**',
    title: pageTitle('Page introuvable'),
    loadComponent: () => import('@bep/web/ui').then((m) => m.PagePlaceholder),
    data: {
      heading: 'Page introuvable',
      message: "Cette adresse ne correspond à aucune page de l'application. Utilisez le menu de navigation pour continuer.",
    },
  },
];
