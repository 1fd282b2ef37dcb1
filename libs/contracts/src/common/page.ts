import { z } from 'zod';

/** One page of a list: its items, how many match in all, and the window that was asked for. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

/** The `limit` and `offset` query parameters of a list, with the list's own default and ceiling. */
export function pageQueryShape(defaultLimit = 50, maxLimit = 200) {
  return {
    limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit).meta({ description: 'Items per page' }),
    offset: z.coerce.number().int().min(0).default(0).meta({ description: 'Items skipped before the page' }),
  };
}

/** A yes/no query parameter: `true` or `false`, nothing else. */
export const booleanQueryParam = z.enum(['true', 'false']).transform((value) => value === 'true');
