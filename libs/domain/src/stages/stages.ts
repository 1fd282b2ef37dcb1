/**
 * The engagement pipeline: the ordered stages a commune goes through in a campaign,
 * and the two ways an engagement leaves the main path.
 * Labels are not here: the client translates the keys (French first).
 */
export const PIPELINE_STAGES = [
  'survey_sent',
  'survey_answered',
  'diagnostic_requested',
  'workshop_held',
  'accompaniment',
] as const;

export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const CLOSED_STAGES = ['declined', 'withdrawn'] as const;

export type ClosedStage = (typeof CLOSED_STAGES)[number];

export type Stage = PipelineStage | ClosedStage;

export const ALL_STAGES: readonly Stage[] = [...PIPELINE_STAGES, ...CLOSED_STAGES];

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (ALL_STAGES as readonly string[]).includes(value);
}

export function isClosedStage(stage: Stage): stage is ClosedStage {
  return (CLOSED_STAGES as readonly string[]).includes(stage);
}

/** Position on the main path (1-based: survey sent is 1, accompaniment 5); closed stages have none. */
export function stageOrder(stage: Stage): number | null {
  const index = (PIPELINE_STAGES as readonly string[]).indexOf(stage);
  return index === -1 ? null : index + 1;
}
