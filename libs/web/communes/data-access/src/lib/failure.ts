import { httpStatusOf, problemFieldErrors, problemOf } from '@bep/web/shared/data-access';

/**
 * A failed API call, as a page needs it to tell the user what happened in the interface language:
 * the HTTP status (0: the server did not answer), the RFC 9457 problem type (which names a broken
 * rule, e.g. `urn:bep:stage-rule:note-required`), the server's own words, and the field messages
 * of a 400.
 */
export interface Failure {
  status: number;
  type: string | null;
  detail: string | null;
  fields: Readonly<Record<string, string>>;
}

export function failureOf(error: unknown): Failure {
  const problem = problemOf(error);
  return {
    status: httpStatusOf(error) ?? 0,
    type: problem && problem.type !== 'about:blank' ? problem.type : null,
    detail: problem ? problem.detail?.trim() || problem.title : null,
    fields: problemFieldErrors(error),
  };
}
