import type { Stage } from './stages';
import { entersBillingStage, reachedBillingStage } from './billing-stage';

describe('entering the billing stage', () => {
  it.each<[Stage, Stage, Stage, boolean]>([
    ['diagnostic_requested', 'workshop_held', 'workshop_held', true],
    ['survey_answered', 'workshop_held', 'workshop_held', true],
    // A manager's skip over the billing stage still bills.
    ['diagnostic_requested', 'accompaniment', 'workshop_held', true],
    // Moving on past it does not bill again, nor does coming back to it.
    ['workshop_held', 'accompaniment', 'workshop_held', false],
    ['accompaniment', 'workshop_held', 'workshop_held', false],
    // Before it, or off the main path: nothing.
    ['survey_sent', 'survey_answered', 'workshop_held', false],
    ['diagnostic_requested', 'declined', 'workshop_held', false],
    // Reopened from a closed stage at or past it: billed (once, by the draft's origin key).
    ['declined', 'workshop_held', 'workshop_held', true],
    ['withdrawn', 'survey_answered', 'workshop_held', false],
    // Another campaign's billing stage.
    ['survey_sent', 'survey_answered', 'survey_answered', true],
    ['diagnostic_requested', 'workshop_held', 'accompaniment', false],
  ])('%s -> %s with billing at %s: %s', (from, to, billingStage, expected) => {
    expect(entersBillingStage(from, to, billingStage)).toBe(expected);
  });

  it('a closed engagement has not reached it, whatever the stage billed', () => {
    expect(reachedBillingStage('declined', 'survey_answered')).toBe(false);
    expect(reachedBillingStage('accompaniment', 'workshop_held')).toBe(true);
    expect(reachedBillingStage('workshop_held', 'declined')).toBe(false);
  });
});
