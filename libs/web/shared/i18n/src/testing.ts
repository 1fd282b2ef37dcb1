import { EnvironmentProviders, importProvidersFrom, makeEnvironmentProviders } from '@angular/core';
import { provideTranslocoTranspiler, TranslocoTestingModule, type Translation } from '@jsverse/transloco';
import { ElidingTranspiler } from './lib/eliding-transpiler';
import { LANGUAGES } from './lib/languages';
import { en } from './lib/translations/en';
import { fr } from './lib/translations/fr';

/**
 * Transloco for unit tests, in French, with the shared words and the given feature scopes loaded
 * at once (tests read the real French texts): `provideI18nTesting({ pipeline: { fr: pipelineFr } })`.
 */
export function provideI18nTesting(scopes: Record<string, Partial<Record<'fr' | 'en', Translation>>> = {}): EnvironmentProviders {
  const langs: Record<string, Translation> = { fr, en };
  for (const [scope, translations] of Object.entries(scopes)) {
    for (const [language, translation] of Object.entries(translations)) {
      langs[`${scope}/${language}`] = translation;
    }
  }
  return makeEnvironmentProviders([
    importProvidersFrom(
      TranslocoTestingModule.forRoot({
        langs,
        translocoConfig: { availableLangs: [...LANGUAGES], defaultLang: 'fr', fallbackLang: 'fr', reRenderOnLangChange: true },
        preloadLangs: true,
      }),
    ),
    // The application's interpolation, French elision included.
    provideTranslocoTranspiler(ElidingTranspiler),
  ]);
}
