import { isClosedStage, stageOrder, type Stage } from './stages';

/**
 * Who asks for a stage change, as far as the rules care: a BEP manager, or a consultant assigned
 * to the engagement (the lead or another). Roles that may not move stages at all (finance, admin)
 * and consultants outside the engagement never reach these rules: the API refuses them first (403).
 */
export type TransitionActor = 'manager' | 'assigned-consultant';

/** The rules a requested move can break; each is named in the API's 422 answer. */
export type TransitionRule =
  | 'same-stage'
  | 'skip-or-backward-needs-manager'
  | 'note-required'
  | 'reopen-needs-manager'
  | 'already-closed';

export const TRANSITION_KINDS = ['forward', 'skip', 'backward', 'close', 'reopen'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

export type TransitionCheck = { allowed: true; kind: TransitionKind } | { allowed: false; rule: TransitionRule; message: string };

export interface TransitionRequest {
  from: Stage;
  to: Stage;
  actor: TransitionActor;
  note?: string | null;
}

const hasNote = (note: string | null | undefined) => typeof note === 'string' && note.trim().length > 0;

const refuse = (rule: TransitionRule, message: string): TransitionCheck => ({ allowed: false, rule, message });

/**
 * The stage rules: forward by one stage for the assigned consultants and managers; skipping or
 * moving backward for managers only, with a note; closing as declined or withdrawn with a note
 * (the reason); reopening by a manager, with a note.
 */
export function checkTransition({ from, to, actor, note }: TransitionRequest): TransitionCheck {
  if (from === to) {
    return refuse('same-stage', `The engagement is already at ${to}.`);
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
