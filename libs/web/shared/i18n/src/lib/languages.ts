/** The languages of the interface: French first (BEP works in French), English on request. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'fr';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The locale whose month and day names each language shows. Numbers, amounts and numeric dates
 * keep the Belgian convention in both languages ("5 000,00 €", "02/05/2019"): the figures are
 * Belgian whatever the reader's language.
 */
export const NAMES_LOCALE: Readonly<Record<Language, string>> = { fr: 'fr-BE', en: 'en-BE' };

/**
 * The shape of a language's translations: the same keys as the French ones, each a string.
 * English translations are typed with it, so that a key missing in English fails the build.
 */
export type TranslationsLike<T> = { readonly [K in keyof T]: T[K] extends string ? string : TranslationsLike<T[K]> };
