import { provideFeatureTranslations } from '@bep/web/shared/i18n';

/** The words of scope `admin` (`admin.users.create`...), loaded with the administration's route. */
export const ADMIN_TRANSLATIONS = provideFeatureTranslations('admin', {
  fr: () => import('./fr').then((m) => m.fr),
  en: () => import('./en').then((m) => m.en),
});
