import { EnvironmentProviders, Injectable, inject, isDevMode, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco, provideTranslocoScope, provideTranslocoTranspiler, type Translation, type TranslocoLoader } from '@jsverse/transloco';
import { ElidingTranspiler } from './eliding-transpiler';
import { LanguageStore } from './language-store';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages';
import { TranslatedTitleStrategy } from './translated-title-strategy';

/** The shared words of each language, loaded with the language (English only when asked for). */
@Injectable({ providedIn: 'root' })
class SharedTranslationsLoader implements TranslocoLoader {
  getTranslation(language: string): Promise<Translation> {
    return language === 'en' ? import('./translations/en').then((m) => m.en) : import('./translations/fr').then((m) => m.fr);
  }
}

/** The interface languages, for the application's providers; route titles are translation keys. */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: SharedTranslationsLoader,
    }),
    // "L'équipe de {{ commune }}" reads "L'équipe d'Andenne".
    provideTranslocoTranspiler(ElidingTranspiler),
    provideAppInitializer(() => inject(LanguageStore).restore()),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
  ]);
}

/** Loaders of a feature's own words, one per language. */
export type FeatureTranslations = Record<Language, () => Promise<Translation>>;

/**
 * A feature's own words, in its scope: templates read them as `scope.key` (e.g. `pipeline.title`).
 * Loaded with the feature's lazy route, in the active language only.
 */
export function provideFeatureTranslations(scope: string, loaders: FeatureTranslations) {
  return provideTranslocoScope({ scope, loader: loaders });
}
