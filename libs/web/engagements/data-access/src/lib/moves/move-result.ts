import type { TransitionResult } from '@bep/contracts';
import type { MissingWork, TransitionKind } from '@bep/domain';
import { apiFailure, type ApiFailure } from '@bep/web/shared/data-access';
import type { MoveRefusal } from './plan-move';

/** What became of a stage move, for the page to show and to word in the interface language. */
export type MoveResult =
  /** The server moved it: the new stage and version, when it entered the stage, the lead. */
  | { status: 'moved'; engagement: TransitionResult }
  /**
   * Refused before any request by the stage rules of libs/domain, or because the user is not on the
   * engagement; `missing`: the work to record first (`work-not-done`).
   */
  | { status: 'refused'; rule: MoveRefusal; message: string; missing?: MissingWork }
  /** The rules want a note for this kind of move (or to override the `missing` work) and none was given: nothing was sent. */
  | { status: 'needs-note'; kind: TransitionKind; missing?: MissingWork }
  /** 409: someone changed the engagement since the user saw it; nothing changed. */
  | { status: 'conflict'; failure: ApiFailure }
  /** 422: the server's stage rules refused it; `rule` as the problem type names it (`urn:bep:stage-rule:<rule>`). */
  | { status: 'rule-broken'; rule: string | null; failure: ApiFailure }
  /** 403: the user is not (or no longer) a manager or in the engagement's team. */
  | { status: 'forbidden'; failure: ApiFailure }
  /** Anything else: the server unreachable, the engagement gone, a server error. */
  | { status: 'failed'; failure: ApiFailure };

export type FailedMove = Exclude<MoveResult, { status: 'moved' }>;

/** The result of a POST /api/engagements/{id}/transitions that failed with `error`. */
export function failedMove(error: unknown): FailedMove {
  const failure = apiFailure(error);
  switch (failure.status) {
    case 409:
      return { status: 'conflict', failure };
    case 422:
      return { status: 'rule-broken', rule: failure.rule, failure };
    case 403:
      return { status: 'forbidden', failure };
    default:
      return { status: 'failed', failure };
  }
}

/**
 * A move that did not happen as an ApiFailure, for the pages that word failures with failureText:
 * a move refused before sending reads like the 422 the server would have answered, naming the rule.
 */
export function moveFailure(result: FailedMove): ApiFailure {
  switch (result.status) {
    case 'refused':
      return { status: 422, rule: result.rule, detail: result.message, fields: {}, ...(result.missing ? { ruleCase: result.missing } : {}) };
    case 'needs-note':
      // Without its note, a manager's move into the billing stage is refused for its missing work, as the server would.
      return result.missing
        ? { status: 422, rule: 'work-not-done', detail: null, fields: {}, ruleCase: result.missing }
        : { status: 422, rule: 'note-required', detail: null, fields: {} };
    default:
      return result.failure;
  }
}
