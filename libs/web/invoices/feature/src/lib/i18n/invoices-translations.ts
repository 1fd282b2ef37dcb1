import { provideFeatureTranslations } from '@bep/web/shared/i18n';

/** The words of scope `invoices` (`invoices.status.draft`...), loaded with the Factures pages' route or the commune page's section. */
export const INVOICES_TRANSLATIONS = provideFeatureTranslations('invoices', {
  fr: () => import('./fr').then((m) => m.fr),
  en: () => import('./en').then((m) => m.en),
});
