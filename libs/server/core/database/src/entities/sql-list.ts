import { ALL_STAGES } from '@bep/domain';

/** `'a', 'b'`: a list of known words for a CHECK constraint, so that constraints follow the domain's lists. */
export const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

export const STAGE_SQL_LIST = sqlList(ALL_STAGES);
