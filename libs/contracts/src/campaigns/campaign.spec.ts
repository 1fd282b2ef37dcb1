import { createCampaignRequestSchema, updateCampaignRequestSchema } from './campaign';

const radioscopie = {
  name: 'Radioscopie numérique 2019',
  startsOn: '2019-04-29',
  endsOn: '2019-12-31',
  deadline: '2019-12-31',
  prices: { diagnostic: { priceCents: 500_000 } },
};

describe('campaign requests', () => {
  it('fills the defaults of a new campaign', () => {
    expect(createCampaignRequestSchema.parse(radioscopie)).toEqual({
      ...radioscopie,
      prices: { currency: 'EUR', vatCategory: 'O', diagnostic: { priceCents: 500_000, bepShareBp: 5000 }, accompanimentDay: { rateCents: 0, bepShareBp: 0 } },
      billingStage: 'workshop_held',
      reminderSettings: {},
      budget: { envelopeCents: 0, currency: 'EUR' },
    });
  });

  it.each([
    ['an end before the start', { endsOn: '2019-04-28' }, 'endsOn'],
    ['a deadline before the start', { deadline: '2019-01-01' }, 'deadline'],
    ['a date that does not exist', { startsOn: '2019-02-29' }, 'startsOn'],
    ['a share over 100 %', { prices: { diagnostic: { priceCents: 500_000, bepShareBp: 10_001 } } }, 'prices.diagnostic.bepShareBp'],
    ['a negative price', { prices: { diagnostic: { priceCents: -1 } } }, 'prices.diagnostic.priceCents'],
    ['cents with a fraction', { prices: { diagnostic: { priceCents: 500_000.5 } } }, 'prices.diagnostic.priceCents'],
    ['a price over the column', { prices: { diagnostic: { priceCents: 2 ** 31 } } }, 'prices.diagnostic.priceCents'],
    ['another currency', { prices: { currency: 'USD', diagnostic: { priceCents: 1 } } }, 'prices.currency'],
    ['a closed stage to bill at', { billingStage: 'declined' }, 'billingStage'],
    ['the first stage to bill at', { billingStage: 'survey_sent' }, 'billingStage'],
    ['an unknown field', { isCurrent: true }, ''],
    ['an empty name', { name: '  ' }, 'name'],
  ])('refuses %s', (_label, change, path) => {
    const result = createCampaignRequestSchema.safeParse({ ...radioscopie, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it('takes a partial change, checks the dates it names, and refuses an empty one', () => {
    expect(updateCampaignRequestSchema.parse({ prices: { diagnostic: { bepShareBp: 4000 } } })).toEqual({ prices: { diagnostic: { bepShareBp: 4000 } } });
    expect(updateCampaignRequestSchema.safeParse({ endsOn: '2019-01-01' }).success).toBe(true);
    expect(updateCampaignRequestSchema.safeParse({ startsOn: '2019-05-01', endsOn: '2019-04-30' }).success).toBe(false);
    expect(updateCampaignRequestSchema.safeParse({}).success).toBe(false);
    expect(updateCampaignRequestSchema.safeParse({ isCurrent: true }).success).toBe(false);
    expect(updateCampaignRequestSchema.safeParse({ reminderSettings: { surveyUnanswered: { maxCount: 4 } } }).success).toBe(true);
  });
});
