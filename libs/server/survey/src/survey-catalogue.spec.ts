import { modelInForce, type ModelRow } from './survey-catalogue';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const row = (id: string, version: number, created: number, questionnaire = 'q1'): ModelRow => ({ id, version, created_at: at(created), questionnaire_version_id: questionnaire, definition: {} });

describe('modelInForce', () => {
  it.each<[string, ModelRow[], string | undefined]>([
    ['none for a questionnaire without a model', [row('a', 1, 1, 'q2')], undefined],
    ['the only one', [row('a', 1, 1)], 'a'],
    ['a new version released later', [row('a', 1, 1), row('b', 2, 5)], 'b'],
    ["another model released later, whatever its version's number", [row('dma-v3', 3, 1), row('other-v1', 1, 9)], 'other-v1'],
    ['among those written together, the highest version', [row('a', 1, 4), row('c', 3, 4), row('b', 2, 4)], 'c'],
    ['only those of the questionnaire version', [row('a', 1, 1), row('z', 9, 9, 'q2')], 'a'],
  ])('%s', (_, models, expected) => {
    expect(modelInForce(models, 'q1')?.id).toBe(expected);
  });
});
