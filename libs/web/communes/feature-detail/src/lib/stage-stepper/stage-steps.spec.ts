import { anEngagement, GEMBLOUX_TIMELINE } from '@bep/web/communes/data-access/testing';
import { stageSteps, stoppedAt } from './stage-steps';

const states = (steps: ReturnType<typeof stageSteps>) => steps.map((step) => step.state);

describe('stage steps', () => {
  it('marks the stages before the current one as done', () => {
    expect(states(stageSteps(anEngagement()))).toEqual(['done', 'done', 'current', 'upcoming', 'upcoming']);
    expect(states(stageSteps(anEngagement({ stage: 'survey_sent' })))).toEqual(['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('shows where a closed engagement stopped, without a current stage', () => {
    const declined = anEngagement({
      stage: 'declined',
      timeline: [
        ...GEMBLOUX_TIMELINE,
        { kind: 'stage-change', at: '2019-06-01T08:00:00.000Z', actor: null, summary: '', details: { from: 'diagnostic_requested', to: 'declined', note: 'Pas de budget' } },
      ],
    });
    expect(stoppedAt(declined)).toBe('diagnostic_requested');
    expect(states(stageSteps(declined))).toEqual(['done', 'done', 'stopped', 'upcoming', 'upcoming']);
  });

  it('shows no stage reached when the history of a closed engagement is missing', () => {
    const withdrawn = anEngagement({ stage: 'withdrawn', timeline: [] });
    expect(stoppedAt(withdrawn)).toBeNull();
    expect(states(stageSteps(withdrawn))).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
  });
});
