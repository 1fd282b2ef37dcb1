import { Route } from '@angular/router';
import { AdminLayout } from './admin-layout/admin-layout';
import { AuditPage } from './audit-page/audit-page';
import { UsersPage } from './users-page/users-page';

const APP_NAME = 'BEP Transition numérique';

/** /administration: users and roles, audit log (behind the admin role, see APP_PAGES). */
export const adminRoutes: Route[] = [
  {
    path: '',
    component: AdminLayout,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'utilisateurs' },
      { path: 'utilisateurs', title: `Utilisateurs · Administration · ${APP_NAME}`, component: UsersPage },
      { path: 'journal', title: `Journal d'audit · Administration · ${APP_NAME}`, component: AuditPage },
    ],
  },
];
