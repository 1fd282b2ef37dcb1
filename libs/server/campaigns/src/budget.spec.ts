import { ALL_STAGES } from '@bep/domain';
import { bepShareCents, commitsBudget, committedCents } from './budget';

describe('budget', () => {
  it("computes BEP's share of a price once, in cents", () => {
    expect(bepShareCents(500_000, 5000)).toBe(250_000);
    expect(bepShareCents(1, 5000)).toBe(1);
    expect(bepShareCents(333, 3333)).toBe(111); // 110.9889
    expect(bepShareCents(100_001, 5000)).toBe(50_001); // 50 000.5
    expect(bepShareCents(2_147_483_647, 10_000)).toBe(2_147_483_647);
    expect(bepShareCents(500_000, 0)).toBe(0);
  });

  it('commits from diagnostic_requested on the main path, never for closed engagements', () => {
    expect(ALL_STAGES.filter(commitsBudget)).toEqual(['diagnostic_requested', 'workshop_held', 'accompaniment']);
  });

  it('sums the rounded share of each committing engagement (the demo: 5 x 500 000 x 50 %)', () => {
    expect(committedCents({ survey_sent: 32, diagnostic_requested: 5 }, 500_000, 5000)).toBe(1_250_000);
    expect(committedCents({ workshop_held: 2, accompaniment: 1, declined: 4, survey_answered: 3 }, 100_001, 5000)).toBe(3 * 50_001);
    expect(committedCents({}, 500_000, 5000)).toBe(0);
  });
});
