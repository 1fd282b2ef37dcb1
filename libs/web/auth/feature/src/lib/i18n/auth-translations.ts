import { provideFeatureTranslations } from '@bep/web/shared/i18n';

/**
 * The words of scope `auth` (`auth.login.title`...). Each page provides them itself: the pages are
 * routes of their own outside the shell, loaded one component at a time.
 */
export const AUTH_TRANSLATIONS = provideFeatureTranslations('auth', {
  fr: () => import('./fr').then((m) => m.fr),
  en: () => import('./en').then((m) => m.en),
});
