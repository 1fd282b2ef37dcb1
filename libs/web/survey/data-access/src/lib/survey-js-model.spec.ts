import { QUESTIONNAIRES } from '@bep/domain/survey-data';
import type { Questionnaire } from '@bep/domain';
import { Model, type Question } from 'survey-core';
import { expressionOf, toSurveyJs } from './survey-js-model';

const QUESTIONNAIRE: Questionnaire = (() => {
  const [first] = QUESTIONNAIRES;
  if (!first) throw new Error('no questionnaire in the repository');
  return first;
})();

/** The form library's model of the converted questionnaire, as the public page builds it. */
function libraryModel(questionnaire = QUESTIONNAIRE): Model {
  return new Model(toSurveyJs(questionnaire));
}

function question(model: Model, id: string): Question {
  const found = model.getQuestionByName(id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

describe('the questionnaire in the form library', () => {
  it('gives a page per section and every question, in order, with its kind', () => {
    const model = libraryModel();
    expect(model.pages.map((page) => page.name)).toEqual(QUESTIONNAIRE.sections.map((section) => section.id));
    expect(model.getAllQuestions().map((item) => item.name)).toEqual(QUESTIONNAIRE.sections.flatMap((section) => section.questions.map((item) => item.id)));
    const kinds = new Map(QUESTIONNAIRE.sections.flatMap((section) => section.questions).map((item) => [item.id, item.kind]));
    const expected = { single: 'radiogroup', multiple: 'checkbox', scale: 'rating', matrix: 'matrix', number: 'text', text: ['text', 'comment'] };
    for (const item of model.getAllQuestions()) {
      const kind = kinds.get(item.name);
      if (!kind) throw new Error(`unknown ${item.name}`);
      expect([expected[kind]].flat()).toContain(item.getType());
    }
  });

  it('shows a question when the earlier answer calls for it, as our own rules do', () => {
    const model = libraryModel();
    const year = question(model, 'strategie-annee');
    expect(year.isVisible).toBe(false);
    model.setValue('strategie-existe', 'oui');
    expect(year.isVisible).toBe(true);
    model.setValue('strategie-existe', 'non');
    expect(year.isVisible).toBe(false);

    // includes (a multiple choice) and anyOf (a scale's values)
    const platform = question(model, 'services-plateforme');
    model.setValue('services-participation', ['plateforme']);
    expect(platform.isVisible).toBe(true);
    const discovery = question(model, 'concept-decouverte');
    model.setValue('concept-connaissance', 4);
    expect(discovery.isVisible).toBe(false);
    model.setValue('concept-connaissance', 2);
    expect(discovery.isVisible).toBe(true);
  });

  it('keeps its limits: required questions, at most three obstacles, number bounds, text length', () => {
    const model = libraryModel();
    const required = QUESTIONNAIRE.sections.flatMap((section) => section.questions).filter((item) => item.required).map((item) => item.id);
    expect(model.getAllQuestions().filter((item) => item.isRequired).map((item) => item.name)).toEqual(required);
    expect(question(model, 'freins-obstacles').getPropertyValue('maxSelectedChoices')).toBe(3);
    const people = question(model, 'profil-informatique-personnes');
    expect([people.getPropertyValue('inputType'), people.getPropertyValue('min'), people.getPropertyValue('step')]).toEqual(['number', 0, 1]);
    expect(question(model, 'freins-remarques').getPropertyValue('maxLength')).toBeGreaterThan(0);
  });

  it('stores the answers under our question ids and values, as the API takes them', () => {
    const model = libraryModel();
    model.setValue('strategie-existe', 'oui');
    model.setValue('projets-themes', { mobilite: 'en-cours' });
    expect(model.data).toEqual({ 'strategie-existe': 'oui', 'projets-themes': { mobilite: 'en-cours' } });
  });
});

describe('conditions as expressions', () => {
  it.each([
    [{ question: 'a', equals: 'oui' }, "{a} = 'oui'"],
    [{ question: 'a', equals: 3 }, '{a} = 3'],
    [{ question: 'a', includes: "l'appli" }, "{a} contains 'l\\'appli'"],
    [{ question: 'a', anyOf: [1, 2] }, '{a} anyof [1, 2]'],
  ] as const)('%j reads %s', (condition, expression) => {
    expect(expressionOf(condition)).toBe(expression);
  });
});
