import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { problemMessage } from './problem';

/**
 * problemMessage in a template, for a store that keeps the error of its last call:
 * `{{ store.error() | problemMessage: ('admin.users.loadFailed' | transloco) }}`. Impure, like
 * the transloco pipe beside it, so the sentence follows the interface language.
 */
@Pipe({ name: 'problemMessage', pure: false })
export class ProblemMessagePipe implements PipeTransform {
  readonly #transloco = inject(TranslocoService);

  transform(error: unknown, fallback: string): string {
    return problemMessage(error, fallback, this.#transloco);
  }
}
