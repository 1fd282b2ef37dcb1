const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` has the form of an id (a UUID), so that a page ignores a mistyped id of its URL
 * rather than send it to the API, which would refuse it with a 400. A plain pattern, not the
 * contracts' zod schema: zod stays out of the initial bundle.
 */
export function isUuid(value: string | null | undefined): value is string {
  return !!value && UUID.test(value);
}
