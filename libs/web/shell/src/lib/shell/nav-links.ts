export interface NavLink {
  path: string;
  label: string;
}

/** The pages of SPEC's client, in the order the navigation lists them. */
export const NAV_LINKS: readonly NavLink[] = [
  { path: '/tableau-de-bord', label: 'Tableau de bord' },
  { path: '/pipeline', label: 'Pipeline' },
  { path: '/communes', label: 'Communes' },
  { path: '/mes-communes', label: 'Mes communes' },
  { path: '/consultants', label: 'Consultants' },
  { path: '/factures', label: 'Factures' },
  { path: '/rappels', label: 'Rappels' },
  { path: '/administration', label: 'Administration' },
];
