import { COMMUNE_STATUSES, communeStatusOf, isCommuneStatus } from './commune-status';

describe('commune status', () => {
  it("is the engagement's stage, or why the commune has none", () => {
    expect(communeStatusOf('workshop_held', false)).toBe('workshop_held');
    expect(communeStatusOf(null, true)).toBe('out_of_campaign');
    expect(communeStatusOf(null, false)).toBe('not_eligible');
  });

  it('lists the pipeline, then the closed stages, then the communes off the campaign', () => {
    expect(COMMUNE_STATUSES.slice(0, 1)).toEqual(['survey_sent']);
    expect(COMMUNE_STATUSES.slice(-4)).toEqual(['declined', 'withdrawn', 'out_of_campaign', 'not_eligible']);
    expect(isCommuneStatus('not_eligible')).toBe(true);
    expect(isCommuneStatus('notEligible')).toBe(false);
  });
});
