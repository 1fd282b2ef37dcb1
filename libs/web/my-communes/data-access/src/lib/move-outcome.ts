import type { Stage } from '@bep/domain';
import { apiFailure } from '@bep/web/shared/data-access';

/** What became of a quick stage move, for the page to say in the user's language. */
export type MoveOutcome =
  | { status: 'moved'; commune: string; to: Stage }
  /** 409: someone changed the engagement meanwhile; nothing changed and the list is reloaded. */
  | { status: 'stale'; commune: string }
  /** 422: a stage rule refused it; `rule` as the API names it (`urn:bep:stage-rule:<rule>`). */
  | { status: 'refused'; commune: string; rule: string | null }
  /** 403: the engagement is no longer assigned to this consultant; the list is reloaded. */
  | { status: 'forbidden'; commune: string }
  /** Anything else: the HttpErrorResponse, for problemMessage. */
  | { status: 'failed'; commune: string; error: unknown };

/** The outcome of a failed POST /api/engagements/:id/transitions. */
export function moveFailure(commune: string, error: unknown): MoveOutcome {
  const failure = apiFailure(error);
  switch (failure.status) {
    case 409:
      return { status: 'stale', commune };
    case 422:
      return { status: 'refused', commune, rule: failure.rule };
    case 403:
      return { status: 'forbidden', commune };
    default:
      return { status: 'failed', commune, error };
  }
}
