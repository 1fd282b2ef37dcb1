import { HttpParams } from '@angular/common/http';

/** A value a query parameter can carry; the API's query schemas read them back from text. */
export type QueryValue = string | number | boolean | null | undefined;

/**
 * The query string of a typed query (a `Partial` of a query type of `@bep/contracts`): values as
 * text, the empty ones (undefined, null, '') left out so that the API applies its defaults.
 */
export function httpParams<Query extends { [Key in keyof Query]: QueryValue }>(query: Query): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}
