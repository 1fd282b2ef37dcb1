import { httpStatusOf, problemFieldErrors, problemOf } from './problem';

/**
 * A failed API call, as a page keeps it to say what happened in the interface language (see
 * failureText): the HTTP status, the rule the problem type names, the server's own words and the
 * field messages of a 400.
 */
export interface ApiFailure {
  /** 0: the server did not answer (or the error is no HTTP error). */
  status: number;
  /**
   * The rule a `urn:bep:` problem type names, its last part: `note-required` for
   * `urn:bep:stage-rule:note-required`, `binome-size` for `urn:bep:contact-rule:binome-size`,
   * `contact-referenced` for `urn:bep:contact-referenced`.
   */
  rule: string | null;
  /**
   * Which case of the rule, when the client knows it before any request: what is missing for
   * `work-not-done` (`diagnostic`, `workshop`, `diagnostic-and-workshop`). failureText then looks
   * for the case's sentence first (`rules.work-not-done-workshop`).
   */
  ruleCase?: string;
  /** The server's own words: the problem's detail, else its title. */
  detail: string | null;
  /** The first message of each field of a 400, keyed by its path (`email`, `address.city`). */
  fields: Readonly<Record<string, string>>;
}

const BEP_PROBLEM_TYPE = 'urn:bep:';

export function apiFailure(error: unknown): ApiFailure {
  const problem = problemOf(error);
  const type = problem?.type ?? '';
  return {
    status: httpStatusOf(error) ?? 0,
    rule: type.startsWith(BEP_PROBLEM_TYPE) ? type.slice(type.lastIndexOf(':') + 1) : null,
    detail: problem ? problem.detail?.trim() || problem.title : null,
    fields: problemFieldErrors(error),
  };
}
