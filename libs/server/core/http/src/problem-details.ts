import type { ProblemDetails } from '@bep/contracts';

/** The standard title of each status the API answers with a problem. */
export const PROBLEM_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A problem with the standard title of its status. */
export function problemDetails(status: number, detail: string, instance?: string): ProblemDetails {
  return { type: 'about:blank', title: PROBLEM_TITLES[status] ?? 'Error', status, detail, ...(instance ? { instance } : {}) };
}
