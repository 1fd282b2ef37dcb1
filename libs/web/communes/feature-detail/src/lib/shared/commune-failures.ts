import type { FailureWording } from '@bep/web/shared/data-access';

/**
 * How the commune page words a failed call (failureText of @bep/web/shared/data-access): the API's
 * rules (`commune.rule.*`), then what a status means here, then the server's words.
 */
export const COMMUNE_FAILURES: FailureWording = {
  rules: 'commune.rule',
  statuses: { 400: 'commune.failure.invalid', 403: 'commune.failure.forbidden', 404: 'commune.failure.notFound' },
};

/** The same, with what a conflict (409) means for this action, e.g. `commune.stage.stale`. */
export function communeFailures(conflictKey: string): FailureWording {
  return { ...COMMUNE_FAILURES, statuses: { ...COMMUNE_FAILURES.statuses, 409: conflictKey } };
}
