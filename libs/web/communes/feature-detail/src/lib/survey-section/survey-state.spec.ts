import { anEngagementMaturity, anEngagementSurvey } from '@bep/web/survey/data-access/testing';
import { answeredSections, maturityRows, surveyState } from './survey-state';

describe('surveyState', () => {
  it('is not started while no section was saved', () => {
    expect(surveyState(anEngagementSurvey({ sections: [] }))).toEqual({ kind: 'not-started' });
  });

  it('counts the sections saved and the share of the questions shown that are answered', () => {
    // One section of two saved; 1 answered of 3 shown.
    expect(surveyState(anEngagementSurvey())).toEqual({ kind: 'in-progress', savedSections: 1, sections: 2, percent: 33 });
  });

  it('says when it was submitted, and how', () => {
    expect(surveyState(anEngagementSurvey({ submittedAt: '2026-03-10T09:00:00.000Z', submittedVia: 'manager' }))).toEqual({ kind: 'submitted', at: '2026-03-10T09:00:00.000Z', via: 'manager' });
  });
});

describe('answeredSections', () => {
  it('words every answer by its labels, an unanswered question as empty, and counts the answered ones', () => {
    expect(answeredSections(anEngagementSurvey()).map((section) => [section.title, section.answered, section.questions.map((q) => [q.question.label, q.answer])])).toEqual([
      ['Stratégie numérique', 1, [['Avez-vous un plan numérique\u00a0?', ['Oui']], ['Budget annuel', []]]],
      ['Données ouvertes', 0, [['Quelles données publiez-vous\u00a0?', []]]],
    ]);
  });
});

describe('maturityRows', () => {
  it('gives each dimension its movement since the earlier campaign, none without an earlier score', () => {
    expect(maturityRows(anEngagementMaturity()).map((row) => [row.label, row.score, row.median, row.movement])).toEqual([
      ['Stratégie et investissements numériques', 62, 55.5, '+12'],
      ['Numérique vert', 40, 45, null],
    ]);
  });
});
