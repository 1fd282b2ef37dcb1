import { ALL_STAGES, isClosedStage, isStage, PIPELINE_STAGES, stageOrder } from './stages';

describe('stages', () => {
  it.each([
    ['survey_sent', 1],
    ['survey_answered', 2],
    ['diagnostic_requested', 3],
    ['workshop_held', 4],
    ['accompaniment', 5],
    ['declined', null],
    ['withdrawn', null],
  ] as const)('%s has order %p', (stage, order) => {
    expect(stageOrder(stage)).toBe(order);
  });

  it('lists the five pipeline stages before the two closed ones', () => {
    expect(PIPELINE_STAGES).toHaveLength(5);
    expect(ALL_STAGES).toEqual([...PIPELINE_STAGES, 'declined', 'withdrawn']);
  });

  it.each([
    ['survey_sent', true],
    ['declined', true],
    ['SURVEY_SENT', false],
    ['', false],
    [42, false],
    [null, false],
  ])('isStage(%p) is %p', (value, expected) => {
    expect(isStage(value)).toBe(expected);
  });

  it('tells closed stages from pipeline stages', () => {
    expect(isClosedStage('withdrawn')).toBe(true);
    expect(isClosedStage('accompaniment')).toBe(false);
  });
});
