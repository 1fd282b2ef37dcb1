import { provideFeatureTranslations } from '@bep/web/shared/i18n';

/** The words of scope `campaigns` (`campaigns.status.closed`...), loaded with the Campagnes page's route or the campaign switcher. */
export const CAMPAIGNS_TRANSLATIONS = provideFeatureTranslations('campaigns', {
  fr: () => import('./fr').then((m) => m.fr),
  en: () => import('./en').then((m) => m.en),
});
