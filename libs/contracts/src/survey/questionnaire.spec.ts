import { QUESTIONNAIRES } from '@bep/domain/survey-data';
import { questionnaireSchema } from './questionnaire';

describe('the questionnaire definition schema', () => {
  it('accepts every questionnaire of the repository as it is', () => {
    for (const questionnaire of QUESTIONNAIRES) {
      expect(questionnaireSchema.parse(questionnaire)).toEqual(questionnaire);
    }
  });

  it('refuses an unknown kind, an id that is no short word, and a property it does not know', () => {
    const [questionnaire] = QUESTIONNAIRES;
    if (!questionnaire) throw new Error('no questionnaire');
    const [section] = questionnaire.sections;
    if (!section) throw new Error('no section');
    const withQuestion = (question: unknown) => ({ ...questionnaire, sections: [{ ...section, questions: [question] }] });
    expect(questionnaireSchema.safeParse(withQuestion({ id: 'x', kind: 'slider', label: 'X' })).success).toBe(false);
    expect(questionnaireSchema.safeParse(withQuestion({ id: 'Une Question', kind: 'text', label: 'X', multiline: false, maxLength: 10 })).success).toBe(false);
    expect(questionnaireSchema.safeParse(withQuestion({ id: 'x', kind: 'text', label: 'X', multiline: false, maxLength: 10, placeholder: 'Y' })).success).toBe(false);
    expect(questionnaireSchema.safeParse(withQuestion({ id: 'x', kind: 'text', label: 'X', multiline: false, maxLength: 10 })).success).toBe(true);
  });
});
