import { COMMUNE_STATUSES } from '@bep/domain';
import { communeStatus, STAGE_COLOURS, statusKey } from './commune-status';

/** WCAG 2.1 relative luminance and contrast ratio of two `#rrggbb` colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((index) => parseInt(hex.slice(index, index + 2), 16) / 255)
    .map((channel) => (channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('STAGE_COLOURS', () => {
  it('gives every status its own colour', () => {
    const colours = COMMUNE_STATUSES.map((status) => STAGE_COLOURS[status]);
    expect(colours.every((colour) => /^#[0-9a-f]{6}$/.test(colour))).toBe(true);
    expect(new Set(colours).size).toBe(COMMUNE_STATUSES.length);
  });

  it.each(COMMUNE_STATUSES)('draws %s with a contrast of at least 3:1 on white (WCAG 1.4.11)', (status) => {
    expect(contrast(STAGE_COLOURS[status], '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it("names a commune's status from its engagement, or why it has none", () => {
    expect(communeStatus({ eligible: true, engagement: { id: 'e1', stage: 'workshop_held', leadConsultant: null } })).toBe('workshop_held');
    expect(communeStatus({ eligible: true, engagement: null })).toBe('out_of_campaign');
    expect(communeStatus({ eligible: false, engagement: null })).toBe('not_eligible');
  });

  it('names the shared words of a status', () => {
    expect(COMMUNE_STATUSES.map(statusKey)).toEqual([
      'stage.survey_sent',
      'stage.survey_answered',
      'stage.diagnostic_requested',
      'stage.workshop_held',
      'stage.accompaniment',
      'stage.declined',
      'stage.withdrawn',
      'stage.outOfCampaign',
      'stage.notEligible',
    ]);
  });
});
