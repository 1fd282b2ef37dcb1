import type { Questionnaire, ScoringModel } from '@bep/domain';
import type { ScoredResponse } from './maturity-reader';
import { citations, median, provinceMaturity } from './province-maturity';

const OPTIONS = [
  { value: 'a', label: 'A' },
  { value: 'b', label: 'B' },
  { value: 'c', label: 'C' },
];

const QUESTIONNAIRE: Questionnaire = {
  code: 'q',
  version: 1,
  title: 'Q',
  introduction: '',
  sections: [
    {
      id: 'freins',
      title: 'Freins',
      questions: [
        { id: 'freins-obstacles', kind: 'multiple', label: 'Obstacles', options: OPTIONS },
        { id: 'freins-craintes', kind: 'multiple', label: 'Craintes', options: OPTIONS, visibleIf: { question: 'freins-obstacles', includes: 'c' } },
        { id: 'projets-themes', kind: 'matrix', label: 'Thèmes', rows: OPTIONS, columns: [{ value: 'envisage', label: 'Envisagé' }, { value: 'realise', label: 'Réalisé' }] },
      ],
    },
  ],
};

const MODEL: ScoringModel = { code: 'm', version: 2, questionnaire: { code: 'q', version: 1 }, dimensions: [{ id: 'd', label: 'D', items: [] }] };

const response = (name: string, overall: number | null, answers: ScoredResponse['answers']): ScoredResponse => ({
  engagementId: '00000000-0000-4000-8000-000000000000',
  nis: '92000',
  name,
  submittedAt: new Date('2026-03-02T13:05:00Z'),
  submittedVia: 'link',
  overall,
  dimensions: { d: overall },
  answers,
});

describe('median', () => {
  it.each([
    [[], null],
    [[null], null],
    [[40], 40],
    [[80, 40, 60], 60],
    [[20, 41], 30.5],
    [[null, 20, 40], 30],
  ])('of %j is %s', (scores, expected) => {
    expect(median(scores)).toBe(expected);
  });
});

describe('citations', () => {
  it('counts the answers citing each option, the most cited first, then in the questionnaire order, with their share', () => {
    const cites = (answers: Record<string, unknown>, option: string) => (answers['x'] as string[]).includes(option);
    expect(citations(OPTIONS, [{ x: ['c'] }, { x: ['c', 'b'] }, { x: [] }, { x: ['a'] }], cites)).toEqual([
      { id: 'c', label: 'C', count: 2, share: 0.5 },
      { id: 'a', label: 'A', count: 1, share: 0.25 },
      { id: 'b', label: 'B', count: 1, share: 0.25 },
    ]);
  });

  it('gives every option a share of 0 when nobody answered', () => {
    expect(citations(OPTIONS, [], () => true).map((cited) => cited.share)).toEqual([0, 0, 0]);
  });
});

describe('provinceMaturity', () => {
  it('reads the answers that stand only: an answer to a question hidden by an earlier one counts for nothing', () => {
    const view = provinceMaturity({
      campaign: { id: 'c', name: 'Campagne' },
      scoring: { questionnaire: QUESTIONNAIRE, model: MODEL },
      engaged: 5,
      responses: [
        response('Andenne', 50, { 'freins-obstacles': ['a'], 'freins-craintes': ['b'], 'projets-themes': { a: 'realise', b: 'envisage' } }),
        response('Ciney', 70, { 'freins-obstacles': ['c'], 'freins-craintes': ['b'] }),
      ],
      provinceScores: [{ overall: 50, dimensions: { d: 50 } }, { overall: 70, dimensions: { d: 70 } }, { overall: 90, dimensions: { d: null } }],
    });
    expect(view.communes).toEqual({ engaged: 5, answered: 2 });
    expect(view.model).toEqual({ code: 'm', version: 2, dimensions: [{ id: 'd', label: 'D' }] });
    expect(view.median).toEqual({ overall: 70, dimensions: { d: 60 } });
    expect(view.fears.map((fear) => [fear.id, fear.count])).toEqual([
      ['b', 1],
      ['a', 0],
      ['c', 0],
    ]);
    expect(view.themes.map((theme) => [theme.id, theme.count])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 0],
    ]);
    expect(view.rows[0]).toEqual({ nis: '92000', name: 'Andenne', engagementId: '00000000-0000-4000-8000-000000000000', overall: 50, dimensions: { d: 50 }, submittedAt: '2026-03-02T13:05:00.000Z' });
  });

  it('has no model, rows nor citations for a campaign without an online questionnaire', () => {
    const view = provinceMaturity({ campaign: { id: 'c', name: 'Campagne' }, scoring: null, engaged: 3, responses: [], provinceScores: [] });
    expect(view).toMatchObject({ model: null, communes: { engaged: 3, answered: 0 }, rows: [], median: { overall: null, dimensions: {} }, obstacles: [], fears: [], themes: [] });
  });
});
