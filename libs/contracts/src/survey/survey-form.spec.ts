import { saveSurveySectionRequestSchema } from './survey-form';

describe('a section save', () => {
  it('takes every kind of answer, and null to clear one', () => {
    const answers = { texte: 'Une remarque', nombre: 12, choix: ['site', 'guichet'], matrice: { mobilite: 'realise' }, efface: null };
    expect(saveSurveySectionRequestSchema.parse({ revision: 3, answers })).toEqual({ revision: 3, answers });
  });

  it.each([
    ['a negative revision', { revision: -1, answers: {} }],
    ['no revision', { answers: {} }],
    ['an unknown property', { revision: 0, answers: {}, section: 'x' }],
    ['a boolean answer', { revision: 0, answers: { x: true } }],
    ['a text of 4001 characters', { revision: 0, answers: { x: 'a'.repeat(4001) } }],
    ['a text with a NUL', { revision: 0, answers: { x: 'a\u0000b' } }],
    ['an infinite number', { revision: 0, answers: { x: Number.POSITIVE_INFINITY } }],
  ])('refuses %s', (_, body) => {
    expect(saveSurveySectionRequestSchema.safeParse(body).success).toBe(false);
  });
});
