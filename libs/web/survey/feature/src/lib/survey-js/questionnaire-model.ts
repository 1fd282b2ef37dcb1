import type { SurveyForm, SurveySection } from '@bep/contracts';
import type { QuestionnaireSection } from '@bep/domain';
import { type SectionAnswers, toSurveyJs } from '@bep/web/survey/data-access';
import { Model } from 'survey-core';

/**
 * The form library's model of a commune's questionnaire, with the answers saved so far. People
 * move freely between sections (a required question left open does not block the next page: the
 * summary names what is missing before sending), the answers are passed on as they are typed, and
 * the page shows the title and the introduction itself, above the commune's progress.
 */
export function questionnaireModel(form: SurveyForm): Model {
  const model = new Model(toSurveyJs(form.questionnaire));
  model.locale = 'fr';
  model.textUpdateMode = 'onTyping';
  model.checkErrorsMode = 'onValueChanged';
  model.validationAllowSwitchPages = true;
  model.showCompleteButton = false;
  model.showTitle = false;
  model.data = Object.assign({}, ...form.sections.map((section) => section.answers));
  return model;
}

/** A section's answers as the model holds them, only its own questions; one without an answer (cleared) is null. */
export function sectionAnswers(model: Model, section: QuestionnaireSection): SectionAnswers {
  return Object.fromEntries(section.questions.map((question) => [question.id, model.getValue(question.id) ?? null]));
}

/** Puts a section's answers as the server holds them back into the model; the other sections stay as they are. */
export function replaceSectionAnswers(model: Model, section: QuestionnaireSection, saved: SurveySection): void {
  for (const question of section.questions) {
    const value = saved.answers[question.id];
    if (value === undefined) model.clearValue(question.id);
    else model.setValue(question.id, value);
  }
}
