import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

const STORAGE_KEY = 'bep.language';

/**
 * The interface language: French unless the user chose English on this browser. Switching is
 * immediate (no reload) and sets the page's `lang` attribute for screen readers.
 */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  readonly #transloco = inject(TranslocoService);
  readonly #document = inject(DOCUMENT);
  readonly #language = signal<Language>(DEFAULT_LANGUAGE);

  readonly language = this.#language.asReadonly();

  /** Applies the language saved on this browser, if any. */
  restore(): void {
    const saved = this.#storage()?.getItem(STORAGE_KEY);
    this.use(isLanguage(saved) ? saved : DEFAULT_LANGUAGE, false);
  }

  use(language: Language, remember = true): void {
    this.#language.set(language);
    this.#transloco.setActiveLang(language);
    this.#document.documentElement.lang = language;
    if (remember) this.#storage()?.setItem(STORAGE_KEY, language);
  }

  #storage(): Storage | null {
    try {
      return this.#document.defaultView?.localStorage ?? null;
    } catch {
      return null; // storage disabled by the browser's privacy settings
    }
  }
}
