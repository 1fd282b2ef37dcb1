import { inject, Pipe, PipeTransform } from '@angular/core';
import type { AuditEntry } from '@bep/contracts';
import { TranslocoService } from '@jsverse/transloco';
import { auditSentence } from './audit-sentence';

/**
 * `{{ entry | auditSentence }}`: the entry in one sentence of the interface language. Impure, like
 * the transloco pipe, to follow a change of language.
 */
@Pipe({ name: 'auditSentence', pure: false })
export class AuditSentencePipe implements PipeTransform {
  readonly #transloco = inject(TranslocoService);

  transform(entry: AuditEntry): string {
    return auditSentence(entry, (key, params) => this.#transloco.translate(key, params));
  }
}
