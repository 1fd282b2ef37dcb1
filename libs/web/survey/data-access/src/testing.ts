import type { SurveyForm } from '@bep/contracts';

/**
 * A commune's questionnaire as GET /api/survey answers it: two sections, the first half filled,
 * nothing submitted, unless told.
 */
export function aSurveyForm(overrides: Partial<SurveyForm> = {}): SurveyForm {
  return {
    commune: { nis: '92003', name: 'Andenne' },
    campaign: { name: 'Radioscopie numérique 2026', endsOn: '2026-10-31' },
    questionnaire: {
      code: 'radioscopie-maturite',
      version: 1,
      title: 'Radioscopie de la maturité numérique',
      introduction: 'Ce questionnaire prend une vingtaine de minutes.',
      sections: [
        {
          id: 'strategie',
          title: 'Stratégie numérique',
          questions: [
            { id: 'strategie-plan', kind: 'single', label: 'Avez-vous un plan numérique\u00a0?', required: true, options: [{ value: 'oui', label: 'Oui' }, { value: 'non', label: 'Non' }] },
            { id: 'strategie-budget', kind: 'number', label: 'Budget annuel', min: 0, max: 1_000_000, integer: true, unit: 'euros' },
          ],
        },
        {
          id: 'donnees',
          title: 'Données ouvertes',
          questions: [{ id: 'donnees-publiees', kind: 'text', label: 'Quelles données publiez-vous\u00a0?', multiline: true, maxLength: 2000, required: true }],
        },
      ],
    },
    sections: [{ sectionId: 'strategie', revision: 3, answers: { 'strategie-plan': 'oui' }, updatedAt: '2026-03-10T09:42:00.000Z' }],
    progress: [
      { sectionId: 'strategie', shown: 2, answered: 1, missingRequired: [] },
      { sectionId: 'donnees', shown: 1, answered: 0, missingRequired: ['donnees-publiees'] },
    ],
    submittedAt: null,
    ...overrides,
  };
}
export * from './engagement-survey-testing';
