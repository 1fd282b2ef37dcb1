import { ALL_STAGES, type Stage } from '../stages/stages';

/**
 * Where a commune stands in a campaign: its engagement's stage, or why it has none. The two extra
 * values are written like the stages (they go into URLs and queries: `/communes?etape=not_eligible`).
 */
export type CommuneStatus = Stage | 'out_of_campaign' | 'not_eligible';

/** Every status, in the order legends, filters and tables list them: the pipeline, closed, then off-campaign. */
export const COMMUNE_STATUSES: readonly CommuneStatus[] = [...ALL_STAGES, 'out_of_campaign', 'not_eligible'];

export function isCommuneStatus(value: unknown): value is CommuneStatus {
  return typeof value === 'string' && (COMMUNE_STATUSES as readonly string[]).includes(value);
}

/** The status of a commune with `stage` in the campaign (null: no engagement), eligible or not. */
export function communeStatusOf(stage: Stage | null, eligible: boolean): CommuneStatus {
  return stage ?? (eligible ? 'out_of_campaign' : 'not_eligible');
}
