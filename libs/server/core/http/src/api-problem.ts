import { ApiResponse } from '@nestjs/swagger';
import { problemDetailsSchema, type ProblemDetails } from '@bep/contracts';
import type { z } from 'zod';
import { openApiSchema } from './openapi';
import { PROBLEM_TITLES } from './problem-details';

const PROBLEM_SCHEMA = openApiSchema(problemDetailsSchema);

/** The statuses a route may document as problems. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429;

/** What each status means when a route says nothing more. */
const MEANING: Record<ProblemStatus, string> = {
  400: 'Invalid input: problem details whose `errors` name each field',
  401: 'Not signed in, or the session expired',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict with the current state',
  410: 'Gone for good (e.g. an expired file)',
  413: 'The body is over 1 MiB',
  415: 'The body is not JSON',
  422: 'A rule forbids the change; `type` names it when there are several',
  429: 'Too many attempts; see Retry-After',
};

/**
 * The one way to document an error answer, on a route or on a whole controller: RFC 9457 problem
 * details, with what the status means there and, if given, an example (its `type`, `title` and
 * `status` default to the status's). Several declarations of one status (a policy's 403 and a
 * route's scope 403) are joined into one description by @nestjs/swagger. `schema`: the problem's
 * own contract when it carries extension members (problem details extended with them).
 */
export function ApiProblem(status: ProblemStatus, description: string = MEANING[status], example?: Partial<ProblemDetails> & Record<string, unknown>, schema?: z.ZodType): MethodDecorator & ClassDecorator {
  const full = example && { type: 'about:blank', title: PROBLEM_TITLES[status], ...example, status };
  return ApiResponse({ status, description, schema: schema ? openApiSchema(schema) : PROBLEM_SCHEMA, ...(full ? { example: full } : {}) });
}
