import { entersBillingStage } from './billing-stage';
import type { Stage } from './stages';

/**
 * The stage that bills the commune by default (the campaign's billing stage): entering it says that
 * the diagnostic was delivered and a workshop held, so it may only be entered once both are
 * recorded as done. Otherwise one tap on a phone would bill a commune for work still to come.
 */
export const WORK_DONE_STAGE: Stage = 'workshop_held';

/** What has been recorded as done on an engagement (activities with a completion date). */
export interface WorkDone {
  diagnosticDone: boolean;
  workshopDone: boolean;
}

/** The work still to record as done before the engagement may enter WORK_DONE_STAGE. */
export type MissingWork = 'diagnostic' | 'workshop' | 'diagnostic-and-workshop';

const MISSING_SENTENCES: Readonly<Record<MissingWork, string>> = {
  diagnostic: 'the diagnostic is not recorded as done',
  workshop: 'no workshop is recorded as done',
  'diagnostic-and-workshop': 'neither the diagnostic nor a workshop is recorded as done',
};

/**
 * What is missing for a move from `from` to `to`, or null when nothing is. The work is asked of a
 * move that enters WORK_DONE_STAGE or passes it (a manager's skip to accompaniment, a reopening
 * there): the moves that bill. Moving back onto it, or on from it, bills nothing and asks nothing.
 */
export function missingWork(from: Stage, to: Stage, { diagnosticDone, workshopDone }: WorkDone): MissingWork | null {
  if (!entersBillingStage(from, to, WORK_DONE_STAGE) || (diagnosticDone && workshopDone)) return null;
  if (!diagnosticDone && !workshopDone) return 'diagnostic-and-workshop';
  return diagnosticDone ? 'workshop' : 'diagnostic';
}

/** The refusal's sentence: what is missing, and that only a manager may go on without it. */
export function missingWorkMessage(missing: MissingWork): string {
  const sentence = MISSING_SENTENCES[missing];
  return `Billing needs the work done: ${sentence}; record it first, or a manager may override with a note.`;
}
