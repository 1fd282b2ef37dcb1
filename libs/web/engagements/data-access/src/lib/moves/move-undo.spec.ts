import type { Stage, TransitionActor } from '@bep/domain';
import type { BillingTerms } from './billing-terms';
import { undoOf } from './move-undo';

const DONE = { diagnosticDone: true, workshopDone: true };
const AT_WORKSHOP: BillingTerms = { billingStage: 'workshop_held', communeShareCents: 75_000 };
const AT_DIAGNOSTIC: BillingTerms = { billingStage: 'diagnostic_requested', communeShareCents: 75_000 };

describe('undoOf', () => {
  it.each<[string, TransitionActor | null, Stage, Stage, BillingTerms, unknown]>([
    ['a manager’s move forward: back, with the note backward moves want', 'manager', 'survey_sent', 'survey_answered', AT_WORKSHOP, { to: 'survey_sent', needsNote: true }],
    ['a manager’s move backward: forward again, no note needed', 'manager', 'survey_answered', 'survey_sent', AT_WORKSHOP, { to: 'survey_answered', needsNote: false }],
    ['a manager’s close: a reopening, with its note', 'manager', 'diagnostic_requested', 'declined', AT_WORKSHOP, { to: 'diagnostic_requested', needsNote: true }],
    ['a manager’s reopening: a close, with its note', 'manager', 'declined', 'survey_sent', AT_WORKSHOP, { to: 'declined', needsNote: true }],
    ['a manager’s move on past the billing stage (it bills nothing)', 'manager', 'workshop_held', 'accompaniment', AT_WORKSHOP, { to: 'workshop_held', needsNote: true }],
    ['a move into the billing stage: its draft invoice is queued', 'manager', 'diagnostic_requested', 'workshop_held', AT_WORKSHOP, null],
    ['a skip over the billing stage', 'manager', 'survey_answered', 'accompaniment', AT_WORKSHOP, null],
    ['a move back out of the billing stage: undoing it would bill again', 'manager', 'workshop_held', 'diagnostic_requested', AT_WORKSHOP, null],
    ['a move into another campaign’s billing stage', 'manager', 'survey_answered', 'diagnostic_requested', AT_DIAGNOSTIC, null],
    ['the same move where it does not bill', 'manager', 'survey_answered', 'diagnostic_requested', AT_WORKSHOP, { to: 'survey_answered', needsNote: true }],
    ['a consultant’s move forward: going back is a manager’s', 'assigned-consultant', 'survey_sent', 'survey_answered', AT_WORKSHOP, null],
    ['a consultant’s close: reopening is a manager’s', 'assigned-consultant', 'survey_sent', 'withdrawn', AT_WORKSHOP, null],
    ['someone not on the engagement', null, 'survey_sent', 'survey_answered', AT_WORKSHOP, null],
  ])('%s', (_what, actor, from, to, terms, expected) => {
    expect(undoOf({ from, to }, actor, DONE, terms)).toEqual(expected);
  });
});
