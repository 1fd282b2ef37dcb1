import type { FailureWording } from '@bep/web/shared/data-access';

/**
 * How the board words a failed call (failureText of @bep/web/shared/data-access): a stage rule in
 * our words, a conflict and a scope refusal as they matter on the board, else the server's words.
 */
export const PIPELINE_FAILURES: FailureWording = {
  rules: 'pipeline.rule',
  statuses: { 403: 'pipeline.failure.forbidden', 409: 'pipeline.failure.stale' },
};
