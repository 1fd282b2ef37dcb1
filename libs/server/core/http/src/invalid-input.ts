import { BadRequestException } from '@nestjs/common';

export interface FieldError {
  path: string;
  message: string;
}

/** A body of a hundred thousand wrong items would otherwise answer a hundred thousand errors. */
const MAX_ERRORS = 20;

/** The 400 of every refused input: problem details whose `errors` name each field (the first twenty). */
export function invalidInput(errors: FieldError[]): BadRequestException {
  const detail = errors.length > MAX_ERRORS ? `The request is invalid; see errors (the first ${MAX_ERRORS} of ${errors.length}).` : 'The request is invalid; see errors.';
  return new BadRequestException({ detail, errors: errors.slice(0, MAX_ERRORS) });
}

/** A field's path as the errors show it: `participants.contactIds.0`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
