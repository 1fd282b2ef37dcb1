import { Route } from '@angular/router';
import { AdminLayout } from './admin-layout/admin-layout';
import { AuditPage } from './audit-page/audit-page';
import { ADMIN_TRANSLATIONS } from './i18n/admin-translations';
import { UsersPage } from './users-page/users-page';

/**
 * /administration: users and roles, audit log (behind the admin role, see APP_PAGES). Titles are
 * translation keys, shown before the administration's own ("Utilisateurs · Administration · ...").
 */
export const adminRoutes: Route[] = [
  {
    path: '',
    component: AdminLayout,
    providers: [ADMIN_TRANSLATIONS],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'utilisateurs' },
      { path: 'utilisateurs', title: 'admin.sections.users', component: UsersPage },
      { path: 'journal', title: 'admin.sections.audit', component: AuditPage },
    ],
  },
];
