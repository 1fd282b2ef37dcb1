import { httpStatusOf, problemOf } from '@bep/web/shared/data-access';

/**
 * A failed call, as the page needs it to say what happened in the user's language: the HTTP
 * status (0: no answer), the stage rule a 422 names (its problem type is
 * `urn:bep:stage-rule:<rule>`), and the server's own words.
 */
export interface ApiFailure {
  status: number;
  rule: string | null;
  detail: string | null;
}

const STAGE_RULE_TYPE = 'urn:bep:stage-rule:';

export function apiFailure(error: unknown): ApiFailure {
  const problem = problemOf(error);
  const type = problem?.type ?? '';
  return {
    status: httpStatusOf(error) ?? 0,
    rule: type.startsWith(STAGE_RULE_TYPE) ? type.slice(STAGE_RULE_TYPE.length) : null,
    detail: problem ? problem.detail?.trim() || problem.title : null,
  };
}
