import { provideFeatureTranslations } from '@bep/web/shared/i18n';

/** The words of scope `survey` (`survey.save.saved`...), provided by the public questionnaire's page. */
export const SURVEY_TRANSLATIONS = provideFeatureTranslations('survey', {
  fr: () => import('./fr').then((m) => m.fr),
  en: () => import('./en').then((m) => m.en),
});
