import type { EngagementDetail } from '@bep/contracts';
import { isClosedStage, isStage, PIPELINE_STAGES, stageOrder, type PipelineStage, type Stage } from '@bep/domain';

/** A stage of the main path as the stepper shows it. */
export interface Step {
  stage: PipelineStage;
  state: 'done' | 'current' | 'upcoming' | 'stopped';
}

/**
 * The main-path stage a closed engagement was at when it was closed: the `from` of the last stage
 * change into its closed stage. Null when the history does not say.
 */
export function stoppedAt(engagement: Pick<EngagementDetail, 'stage' | 'timeline'>): Stage | null {
  const closing = engagement.timeline.filter((entry) => entry.kind === 'stage-change' && entry.details['to'] === engagement.stage).at(-1);
  const from = closing?.details['from'];
  return isStage(from) ? from : null;
}

/**
 * The five stages of the main path: those before the engagement's stage are done, its stage is the
 * current one. A closed engagement has no current stage; the stage it was closed at is marked as
 * where it stopped.
 */
export function stageSteps(engagement: Pick<EngagementDetail, 'stage' | 'timeline'>): Step[] {
  const closed = isClosedStage(engagement.stage);
  const reference = closed ? stoppedAt(engagement) : engagement.stage;
  const position = reference ? (stageOrder(reference) ?? 0) : 0;
  return PIPELINE_STAGES.map((stage) => {
    const order = stageOrder(stage) ?? 0;
    if (order < position) return { stage, state: 'done' };
    if (order === position) return { stage, state: closed ? 'stopped' : 'current' };
    return { stage, state: 'upcoming' };
  });
}
