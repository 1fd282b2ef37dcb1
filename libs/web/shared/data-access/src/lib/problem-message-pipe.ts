import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { ApiFailure } from './api-failure';
import { failureText, problemMessage, type FailureWording } from './failure-text';

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

/**
 * failureText in a template, for a page that keeps its failures as ApiFailure and words them
 * itself: `{{ failure | failureText: wording }}`. Impure, so the sentence follows the interface language.
 */
@Pipe({ name: 'failureText', pure: false })
export class FailureTextPipe implements PipeTransform {
  readonly #transloco = inject(TranslocoService);

  transform(failure: ApiFailure | null | undefined, wording: FailureWording = {}): string {
    return failure ? failureText(failure, wording, this.#transloco) : '';
  }
}
