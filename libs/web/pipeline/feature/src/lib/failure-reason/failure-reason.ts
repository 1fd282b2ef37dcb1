import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ApiFailure } from '@bep/web/pipeline/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { fr } from '../i18n/fr';

/** A sentence of the page's words, or the server's own words when none of ours fits. */
export type Reason = { key: string; params?: Record<string, unknown> } | { text: string };

const KNOWN_RULES = new Set(Object.keys(fr.rule));

/**
 * Why a call failed, in the interface language: a conflict, a scope refusal and each stage rule in
 * our words; otherwise what the server said; otherwise its HTTP status.
 */
export function failureReason(failure: ApiFailure): Reason {
  if (failure.status === 0) return { key: 'pipeline.failure.unreachable' };
  if (failure.status === 409) return { key: 'pipeline.failure.stale' };
  if (failure.status === 403) return { key: 'pipeline.failure.forbidden' };
  if (failure.rule && KNOWN_RULES.has(failure.rule)) return { key: `pipeline.rule.${failure.rule}` };
  if (failure.detail) return { text: failure.detail };
  return { key: 'pipeline.failure.httpError', params: { status: failure.status } };
}

@Component({
  selector: 'bep-failure-reason',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@let why = reason();
    @if ('key' in why) {
      {{ why.key | transloco: why.params }}
    } @else {
      {{ why.text }}
    }`,
})
export class FailureReason {
  readonly failure = input.required<ApiFailure>();
  protected readonly reason = computed(() => failureReason(this.failure()));
}
