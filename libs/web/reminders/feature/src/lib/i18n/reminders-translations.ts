import { provideFeatureTranslations } from '@bep/web/shared/i18n';

/** The words of scope `reminders` (`reminders.rule.surveyUnanswered`...), loaded with the Rappels page's route. */
export const REMINDERS_TRANSLATIONS = provideFeatureTranslations('reminders', {
  fr: () => import('./fr').then((m) => m.fr),
  en: () => import('./en').then((m) => m.en),
});
