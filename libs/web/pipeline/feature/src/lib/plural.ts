import type { Language } from '@bep/web/shared/i18n';

/**
 * The plural form of `count` in the interface language, as Intl.PluralRules names it: French puts
 * 0 and 1 in the singular, English only 1. Translations hold `one` and `other` under a key.
 */
export function pluralForm(language: Language, count: number): 'one' | 'other' {
  return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
}
