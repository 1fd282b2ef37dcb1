import { inject } from '@angular/core';
import { type CanMatchFn, Route, Router } from '@angular/router';
import type { Role } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { ADMIN_SECTIONS, sectionsFor } from './admin-layout/admin-sections';
import { AdminLayout } from './admin-layout/admin-layout';
import { AuditPage } from './audit-page/audit-page';
import { ConsultantRecordsPage } from './consultant-records-page/consultant-records-page';
import { ADMIN_TRANSLATIONS } from './i18n/admin-translations';
import { SellerPage } from './seller-page/seller-page';
import { UsersPage } from './users-page/users-page';

/** A section of the administration opens for the roles ADMIN_SECTIONS gives it; others land on the first one they may open. */
function sectionGuard(path: string): CanMatchFn {
  const roles: readonly Role[] = ADMIN_SECTIONS.find((section) => section.path === path)?.roles ?? [];
  return () => {
    const auth = inject(AuthStore);
    return auth.hasAnyRole(...roles) || inject(Router).createUrlTree(['/administration', sectionsFor(auth.roles())[0]?.path ?? '']);
  };
}

/** The first section the user may open: users for an administrator, the consultants for a manager, the seller for finance. */
const firstSection = () => sectionsFor(inject(AuthStore).roles())[0]?.path ?? 'vendeur';

/**
 * /administration: users and roles, audit log, consultant records, seller identity (administrators;
 * managers open the consultant records only, finance the seller identity only, see APP_PAGES and
 * ADMIN_SECTIONS). Titles are translation keys, shown
 * before the administration's own ("Utilisateurs · Administration · ...").
 */
export const adminRoutes: Route[] = [
  {
    path: '',
    component: AdminLayout,
    providers: [ADMIN_TRANSLATIONS],
    children: [
      { path: '', pathMatch: 'full', redirectTo: firstSection },
      { path: 'utilisateurs', title: 'admin.sections.users', canMatch: [sectionGuard('utilisateurs')], component: UsersPage },
      { path: 'journal', title: 'admin.sections.audit', canMatch: [sectionGuard('journal')], component: AuditPage },
      { path: 'consultants', title: 'admin.sections.consultants', canMatch: [sectionGuard('consultants')], component: ConsultantRecordsPage },
      { path: 'vendeur', title: 'admin.sections.seller', canMatch: [sectionGuard('vendeur')], component: SellerPage },
    ],
  },
];
