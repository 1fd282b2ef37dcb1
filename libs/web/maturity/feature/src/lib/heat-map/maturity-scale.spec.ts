import { classEnd, contrastRatio, NO_SCORE, SCORE_CLASSES, scoreClass } from './maturity-scale';

describe('the maturity colour scale', () => {
  it.each([
    [0, '#eff3ff'],
    [19, '#eff3ff'],
    [20, '#bdd7e7'],
    [59.5, '#6baed6'],
    [60, '#2171b5'],
    [100, '#08519c'],
  ])('puts %s in its class', (score, background) => {
    expect(scoreClass(score).background).toBe(background);
  });

  it('has a neutral grey for no score', () => {
    expect(scoreClass(null)).toEqual(NO_SCORE);
  });

  it('darkens as the score grows (lighter is lower, in greyscale too)', () => {
    const contrasts = SCORE_CLASSES.map((scoreClass) => contrastRatio(scoreClass.background, '#ffffff'));
    expect(contrasts).toEqual([...contrasts].sort((a, b) => a - b));
  });

  it('writes every number at 4.5:1 at least on its cell', () => {
    for (const { background, text } of [...SCORE_CLASSES, NO_SCORE]) {
      expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('names the classes from 0-19 to 80-100', () => {
    expect(SCORE_CLASSES.map((scoreClass, index) => `${scoreClass.from}-${classEnd(index)}`)).toEqual(['0-19', '20-39', '40-59', '60-79', '80-100']);
  });
});
