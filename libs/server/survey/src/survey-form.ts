import type { SurveyForm, SurveySectionProgress } from '@bep/contracts';
import { sectionProgress, type Answers, type Questionnaire } from '@bep/domain';
import { allAnswers, sectionOf, type SectionRow } from './section-rows';
import type { SurveyContext } from './survey-context';

/** The commune's form: its questionnaire, every section (saved or not) with its answers, the progress, and whether it was submitted. */
export function surveyForm(context: SurveyContext, questionnaire: Questionnaire, rows: readonly SectionRow[]): SurveyForm {
  const saved = new Map(rows.map((row) => [row.section_id, row]));
  return {
    commune: context.commune,
    campaign: { name: context.campaign.name, endsOn: context.campaign.endsOn },
    questionnaire,
    sections: questionnaire.sections.map((section) => sectionOf(section.id, saved.get(section.id))),
    progress: formProgress(questionnaire, allAnswers(rows)),
    submittedAt: context.submittedAt?.toISOString() ?? null,
  };
}

/** Every section's progress (`sectionProgress` of libs/domain), as the contracts answer it. */
export function formProgress(questionnaire: Questionnaire, answers: Answers): SurveySectionProgress[] {
  return sectionProgress(questionnaire, answers).map((progress) => ({ ...progress, missingRequired: [...progress.missingRequired] }));
}
