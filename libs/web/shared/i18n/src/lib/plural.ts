import { Pipe, PipeTransform, inject } from '@angular/core';
import { LanguageStore } from './language-store';
import type { Language } from './languages';

/** The plural forms the translations hold under a key: `{ one: '1 entrée', other: '{{ count }} entrées' }`. */
export type PluralForm = 'one' | 'other';

/**
 * The plural form of `count` in `language`, as Intl.PluralRules names it: French puts 0 and 1 in
 * the singular, English only 1.
 */
export function pluralForm(language: Language, count: number): PluralForm {
  return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
}

/**
 * The key of the plural form of `count`, to translate next:
 * `{{ 'admin.users.count' | bepPlural: n | transloco: { count: n | bepNumber } }}`.
 * Follows the interface language, so it is re-evaluated on change.
 */
@Pipe({ name: 'bepPlural', pure: false })
export class BepPluralPipe implements PipeTransform {
  readonly #language = inject(LanguageStore).language;

  transform(key: string, count: number): string {
    return `${key}.${pluralForm(this.#language(), count)}`;
  }
}
