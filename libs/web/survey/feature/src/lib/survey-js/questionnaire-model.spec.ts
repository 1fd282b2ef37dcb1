import { aSurveyForm } from '@bep/web/survey/data-access/testing';
import { questionnaireModel, replaceSectionAnswers, sectionAnswers } from './questionnaire-model';

describe('questionnaireModel', () => {
  const form = aSurveyForm();
  const [strategie, donnees] = form.questionnaire.sections;

  it('holds the saved answers, in French, passing on every key typed, with free moves between sections', () => {
    const model = questionnaireModel(form);
    expect(model.data).toEqual({ 'strategie-plan': 'oui' });
    expect([model.locale, model.textUpdateMode, model.validationAllowSwitchPages, model.showCompleteButton]).toEqual(['fr', 'onTyping', true, false]);
    expect(model.pages.map((page) => page.name)).toEqual(['strategie', 'donnees']);
  });

  it("gives a section's own answers, a question without an answer as null", () => {
    const model = questionnaireModel(form);
    model.setValue('donnees-publiees', 'Les budgets');
    model.clearValue('strategie-plan');
    expect(sectionAnswers(model, strategie)).toEqual({ 'strategie-plan': null, 'strategie-budget': null });
    expect(sectionAnswers(model, donnees)).toEqual({ 'donnees-publiees': 'Les budgets' });
  });

  it("puts back a section's saved answers and keeps the other sections'", () => {
    const model = questionnaireModel(form);
    model.setValue('strategie-budget', 10);
    model.setValue('donnees-publiees', 'Les budgets');
    replaceSectionAnswers(model, strategie, { sectionId: 'strategie', revision: 5, answers: { 'strategie-plan': 'non' }, updatedAt: null });
    expect(model.data).toEqual({ 'strategie-plan': 'non', 'donnees-publiees': 'Les budgets' });
  });
});
