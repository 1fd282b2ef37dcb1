import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TRANSLOCO_SCOPE, TranslocoService } from '@jsverse/transloco';
import { map, of } from 'rxjs';

/**
 * Whether the words of the feature's scope (`provideFeatureTranslations`) have arrived in the
 * interface language: `translate()` answers a key that is not loaded yet with the key itself, so
 * what reads a feature's words in code, or renders labels once only, waits for this. `probeKey` is
 * any key of the scope, without the scope's prefix. True at once outside a feature scope. Call it
 * where `inject` works (a field of a component).
 */
export function featureWordsReady(probeKey: string): Signal<boolean> {
  const scope = inject(TRANSLOCO_SCOPE, { optional: true });
  const loaded = scope ? inject(TranslocoService).selectTranslate(probeKey, {}, scope).pipe(map(() => true)) : of(true);
  return toSignal(loaded, { initialValue: false });
}
