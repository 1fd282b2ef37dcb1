import { missingWork, missingWorkMessage, type MissingWork, type WorkDone } from './billing-work';
import { isClosedStage, stageOrder, type Stage } from './stages';

/**
 * Who asks for a stage change, as far as the rules care: a BEP manager, a consultant assigned to
 * the engagement (the lead or another), or the commune itself, whose binôme submits the
 * questionnaire through its personal link. Roles that may not move stages at all (finance, admin)
 * and consultants outside the engagement never reach these rules: the API refuses them first (403).
 */
export type TransitionActor = 'manager' | 'assigned-consultant' | 'commune';

/** The rules a requested move can break; each is named in the API's 422 answer. */
export type TransitionRule =
  | 'same-stage'
  | 'skip-or-backward-needs-manager'
  | 'note-required'
  | 'reopen-needs-manager'
  | 'already-closed'
  | 'work-not-done'
  | 'commune-answers-only';

/** The rules a manager may override with the move's note; the stage history keeps which one was. */
export const OVERRIDABLE_RULES = ['work-not-done'] as const;
export type OverridableRule = (typeof OVERRIDABLE_RULES)[number];

export const TRANSITION_KINDS = ['forward', 'skip', 'backward', 'close', 'reopen'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/**
 * `overrides`: the rule a manager's move overrides with its note (the move is allowed, and recorded
 * as an override). `missing`: what work the move lacks, when `work-not-done` is refused or overridden.
 */
export type TransitionCheck =
  | { allowed: true; kind: TransitionKind; overrides?: OverridableRule; missing?: MissingWork }
  | { allowed: false; rule: TransitionRule; message: string; missing?: MissingWork };

export interface TransitionRequest {
  from: Stage;
  to: Stage;
  actor: TransitionActor;
  note?: string | null;
  /** What is recorded as done on the engagement: entering the billing stage needs its work done. */
  work: WorkDone;
}

const hasNote = (note: string | null | undefined) => typeof note === 'string' && note.trim().length > 0;

const refuse = (rule: TransitionRule, message: string): Extract<TransitionCheck, { allowed: false }> => ({ allowed: false, rule, message });

/**
 * The stage rules: forward by one stage for the assigned consultants and managers; skipping or
 * moving backward for managers only, with a note; closing as declined or withdrawn with a note
 * (the reason); reopening by a manager, with a note. Whatever the kind of move, entering the billing
 * stage needs its work recorded as done; a manager may override that with the move's note.
 */
export function checkTransition(request: TransitionRequest): TransitionCheck {
  const check = checkMove(request);
  const missing = check.allowed ? missingWork(request.from, request.to, request.work) : null;
  if (!check.allowed || !missing) {
    return check;
  }
  if (request.actor === 'manager' && hasNote(request.note)) {
    return { ...check, overrides: 'work-not-done', missing };
  }
  return { ...refuse('work-not-done', missingWorkMessage(missing)), missing };
}

/** The rules of the move itself: who may make it and whether it needs a note. */
function checkMove({ from, to, actor, note }: TransitionRequest): TransitionCheck {
  if (from === to) {
    return refuse('same-stage', `The engagement is already at ${to}.`);
  }
  // The commune's only move is sending its answers back; the rest of the programme is BEP's.
  if (actor === 'commune') {
    return from === 'survey_sent' && to === 'survey_answered'
      ? { allowed: true, kind: 'forward' }
      : refuse('commune-answers-only', 'A commune may only send its questionnaire back (survey_sent to survey_answered).');
  }
  if (isClosedStage(from)) {
    if (isClosedStage(to)) {
      return refuse('already-closed', 'The engagement is closed; reopen it before closing it another way.');
    }
    if (actor !== 'manager') {
      return refuse('reopen-needs-manager', 'Only a manager may reopen a closed engagement.');
    }
    return hasNote(note) ? { allowed: true, kind: 'reopen' } : refuse('note-required', 'Reopening needs a note that says why.');
  }
  if (isClosedStage(to)) {
    return hasNote(note) ? { allowed: true, kind: 'close' } : refuse('note-required', 'Closing needs a note that says why.');
  }
  const step = (stageOrder(to) ?? 0) - (stageOrder(from) ?? 0);
  if (step === 1) {
    return { allowed: true, kind: 'forward' };
  }
  if (actor !== 'manager') {
    return refuse('skip-or-backward-needs-manager', 'Only a manager may skip a stage or move backward.');
  }
  if (!hasNote(note)) {
    return refuse('note-required', 'Skipping a stage or moving backward needs a note.');
  }
  return { allowed: true, kind: step > 1 ? 'skip' : 'backward' };
}
