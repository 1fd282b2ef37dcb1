import { Route } from '@angular/router';
import { REMINDERS_TRANSLATIONS } from '@bep/web/reminders/feature';
import { CampaignFormPage } from './form/campaign-form-page';
import { CAMPAIGNS_TRANSLATIONS } from './i18n/campaigns-translations';
import { CampaignListPage } from './list/campaign-list-page';

/**
 * /campagnes (managers, see APP_PAGES): the campaigns, a new one, and each one's settings. The
 * form shows the reminder settings' fields of the Rappels pages, with their words.
 */
export const campaignsRoutes: Route[] = [
  {
    path: '',
    providers: [CAMPAIGNS_TRANSLATIONS, REMINDERS_TRANSLATIONS],
    children: [
      { path: '', component: CampaignListPage },
      { path: 'nouvelle', title: 'campaigns.form.createTitle', component: CampaignFormPage },
      { path: ':id', title: 'page.campaigns', component: CampaignFormPage },
    ],
  },
];
