import { ALL_STAGES } from '@bep/domain';
import {
  communeStageLabel,
  NOT_ELIGIBLE_LABEL,
  OUT_OF_CAMPAIGN_LABEL,
  stageLabel,
} from './stage-label';
import { StageLabelPipe } from './stage-label-pipe';

describe('stageLabel', () => {
  it.each(ALL_STAGES)('gives %s a non-empty French label', (stage) => {
    expect(stageLabel(stage).trim()).not.toBe('');
    expect(stageLabel(stage)).not.toBe(stage);
  });

  it('gives every stage a distinct label', () => {
    expect(new Set(ALL_STAGES.map(stageLabel)).size).toBe(ALL_STAGES.length);
  });

  it.each([
    ['survey_sent', 'Questionnaire envoyé'],
    ['survey_answered', 'Questionnaire complété'],
    ['diagnostic_requested', 'Diagnostic demandé'],
    ['workshop_held', 'Atelier tenu'],
    ['accompaniment', 'Accompagnement'],
    ['declined', 'Refusé'],
    ['withdrawn', 'Retiré'],
  ] as const)('labels %s "%s"', (stage, label) => {
    expect(stageLabel(stage)).toBe(label);
  });

  it('is available as a pipe', () => {
    expect(new StageLabelPipe().transform('workshop_held')).toBe('Atelier tenu');
  });
});

describe('communeStageLabel', () => {
  const engagement = { id: 'e1', stage: 'diagnostic_requested', leadConsultant: null } as const;

  it('shows the stage of an engaged commune', () => {
    expect(communeStageLabel({ eligible: true, engagement })).toBe('Diagnostic demandé');
  });

  it('tells an eligible commune without engagement from a non-eligible one', () => {
    expect(communeStageLabel({ eligible: true, engagement: null })).toBe(OUT_OF_CAMPAIGN_LABEL);
    expect(communeStageLabel({ eligible: false, engagement: null })).toBe(NOT_ELIGIBLE_LABEL);
    expect(OUT_OF_CAMPAIGN_LABEL).toBe('Hors campagne');
    expect(NOT_ELIGIBLE_LABEL).toBe('Non éligible (hors catégorie)');
  });
});
