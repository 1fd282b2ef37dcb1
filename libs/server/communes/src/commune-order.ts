import type { CommuneQuery, CommuneSortKey } from '@bep/contracts';
import { ALL_STAGES } from '@bep/domain';

const FRENCH = 'COLLATE "fr-BE-x-icu"';

/**
 * The status's place in COMMUNE_STATUSES: the engagement's stage in ALL_STAGES (from 1), then
 * eligible communes without an engagement, then the others.
 */
const STATUS_RANK = `COALESCE(array_position(ARRAY[${ALL_STAGES.map((stage) => `'${stage}'`).join(', ')}]::text[], e."stage"::text),
  CASE WHEN c."eligible" THEN ${ALL_STAGES.length + 1} ELSE ${ALL_STAGES.length + 2} END)`;

const SORT_EXPRESSIONS: Record<CommuneSortKey, string> = {
  name: `c."name" ${FRENCH}`,
  nis: 'c."nis"',
  arrondissement: `c."arrondissement" ${FRENCH}`,
  population: 'c."population"',
  stage: STATUS_RANK,
};

/**
 * The ORDER BY of `GET /api/communes` over `commune c` and its engagement `e`: the column asked
 * for, then the name the French way and the NIS code, so that equal values keep one order.
 */
export function communeOrderBy({ sort, order }: Pick<CommuneQuery, 'sort' | 'order'>): string {
  const direction = order === 'desc' ? 'DESC' : 'ASC';
  const ties = sort === 'name' ? `c."nis" ${direction}` : `c."name" ${FRENCH}, c."nis"`;
  return `ORDER BY ${SORT_EXPRESSIONS[sort]} ${direction}, ${ties}`;
}
