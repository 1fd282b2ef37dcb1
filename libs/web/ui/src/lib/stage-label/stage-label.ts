import type { CommuneSummary } from '@bep/contracts';
import type { Stage } from '@bep/domain';

/** French labels of the pipeline stages, as SPEC names them. The one place the UI spells them. */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  survey_sent: 'Questionnaire envoyé',
  survey_answered: 'Questionnaire complété',
  diagnostic_requested: 'Diagnostic demandé',
  workshop_held: 'Atelier tenu',
  accompaniment: 'Accompagnement',
  declined: 'Refusé',
  withdrawn: 'Retiré',
};

/** An eligible commune with no engagement in the current campaign. */
export const OUT_OF_CAMPAIGN_LABEL = 'Hors campagne';

/** A commune the programme does not cover (Namur, "hors catégorie"). */
export const NOT_ELIGIBLE_LABEL = 'Non éligible (hors catégorie)';

export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}

/** What a list of communes shows in its stage column, including communes without an engagement. */
export function communeStageLabel(commune: Pick<CommuneSummary, 'eligible' | 'engagement'>): string {
  if (commune.engagement) {
    return stageLabel(commune.engagement.stage);
  }
  return commune.eligible ? OUT_OF_CAMPAIGN_LABEL : NOT_ELIGIBLE_LABEL;
}
