import { ALL_STAGES } from '@bep/domain';

/** SQL list of the stage keys, so that check constraints follow the domain's list. */
export const STAGE_SQL_LIST = ALL_STAGES.map((stage) => `'${stage}'`).join(', ');
