import { inject } from '@angular/core';
import { Route, Router } from '@angular/router';
import { AuthStore } from '@bep/web/auth/data-access';
import { INVOICES_TRANSLATIONS } from './i18n/invoices-translations';
import { InvoicePage } from './invoice/invoice-page';
import { InvoiceListPage } from './list/invoice-list-page';
import { NewDraftPage } from './new-draft/new-draft-page';

/** Only finance makes drafts (the API refuses the others too): a manager who follows the link lands on the list. */
const financeOnly = () => inject(AuthStore).roles().includes('finance') || inject(Router).parseUrl('/factures');

/**
 * /factures (finance and managers, see APP_PAGES): the list, a draft by hand, and each invoice or
 * credit note. Titles are translation keys, shown before the page's own.
 */
export const invoicesRoutes: Route[] = [
  {
    path: '',
    providers: [INVOICES_TRANSLATIONS],
    children: [
      { path: '', component: InvoiceListPage },
      { path: 'nouveau', title: 'invoices.newDraft.heading', canActivate: [financeOnly], component: NewDraftPage },
      { path: ':id', title: 'page.invoices', component: InvoicePage },
    ],
  },
];
