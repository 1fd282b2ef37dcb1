import { checkBody, ENDPOINTS, middleOffset, targets, type CampaignUnderTest } from './endpoints';
import { cumulativeMix, STAGE_MIX } from './synthetic-campaign';
import { ALL_STAGES } from '@bep/domain';

const demo: CampaignUnderTest = { label: 'demo', id: 'd', engagements: 37, invoices: 37, middleEngagementId: 'de', middleCursor: null };
const synthetic: CampaignUnderTest = { label: '35000', id: 's', engagements: 35_000, invoices: 1_000, middleEngagementId: 'se', middleCursor: 'abc' };

describe('targets', () => {
  it('measures the floor once, then each endpoint for both campaigns side by side', () => {
    expect(targets(['pipeline', 'stats', 'engagements'], [demo, synthetic]).map((t) => t.path)).toEqual([
      '/api/health',
      '/api/pipeline?campaignId=d',
      '/api/pipeline?campaignId=s',
      '/api/stats?campaignId=d',
      '/api/stats?campaignId=s',
      '/api/engagements?campaignId=d&limit=50&offset=0',
      '/api/engagements?campaignId=s&limit=50&offset=17475',
    ]);
  });

  it('starts the cursor row at the middle page, and the commune page at the middle engagement', () => {
    expect(targets(['engagements-cursor', 'commune-page'], [demo, synthetic]).map((t) => t.path)).toEqual([
      '/api/health',
      '/api/engagements?campaignId=d&limit=50',
      '/api/engagements?campaignId=s&limit=50&cursor=abc',
      '/api/engagements/de',
      '/api/engagements/se',
    ]);
  });

  it("reads the communes table's middle page, sorted by population", () => {
    expect(targets(['communes'], [demo, synthetic]).map((t) => t.path)).toEqual([
      '/api/health',
      '/api/communes?campaignId=d&sort=population&order=desc&limit=100&offset=0',
      '/api/communes?campaignId=s&sort=population&order=desc&limit=100&offset=17450',
    ]);
    const [, , page] = targets(['communes'], [demo, synthetic]);
    if (!page) throw new Error('no communes target');
    expect(checkBody(page, { items: [{}], total: 35_038 })).toBeNull();
    expect(checkBody(page, { items: [], total: 35_038 })).toBe('rows 0 of 35038, for a campaign of 35000');
    expect(checkBody(page, { items: [{}], total: 38 })).toBe('rows 1 of 38, for a campaign of 35000');
  });

  it("reads the middle pages of the campaign's reminders and of its invoices, however many it has", () => {
    const plan = targets(['reminders', 'invoices'], [demo, synthetic]);
    expect(plan.map((t) => t.path)).toEqual([
      '/api/health',
      '/api/reminders?campaignId=d&limit=50&offset=0',
      '/api/reminders?campaignId=s&limit=50&offset=17475',
      '/api/invoices?campaignId=d&limit=50&offset=0',
      '/api/invoices?campaignId=s&limit=50&offset=475',
    ]);
    const [, demoReminders, syntheticReminders] = plan;
    if (!demoReminders || !syntheticReminders) throw new Error('no reminders targets');
    expect(checkBody(demoReminders, { items: [], total: 0 })).toBe('no reminder in the campaign');
    expect(checkBody(syntheticReminders, { items: [{}], total: 45_583 })).toBeNull();
    expect(checkBody(demoReminders, { title: 'Forbidden' })).toBe('no list of reminders');
  });

  it('keeps only the endpoints asked for', () => {
    expect(targets(['engagements'], [demo]).map((t) => t.endpoint.name)).toEqual(['health', 'engagements']);
  });
});

describe('middleOffset', () => {
  it.each([
    [37, 0],
    [50, 0],
    [150, 50],
    [35_000, 17_475],
  ])('of %p rows is %p', (total, offset) => {
    expect(middleOffset(total)).toBe(offset);
  });
});

describe('checkBody', () => {
  const plan = targets(['pipeline', 'stats', 'engagements'], [synthetic]);
  const target = (name: string) => {
    const found = plan.find((t) => t.endpoint.name === name);
    if (!found) throw new Error(`no target ${name}`);
    return found;
  };

  it('wants a healthy floor, then a board and a page over the whole campaign', () => {
    expect(checkBody(target('health'), { status: 'ok' })).toBeNull();
    expect(checkBody(target('health'), { status: 'error' })).toBe('status is "error", not "ok"');
    expect(checkBody(target('pipeline'), { columns: [{ count: 34_000 }, { count: 1000 }] })).toBeNull();
    expect(checkBody(target('pipeline'), { columns: [{ count: 37 }] })).toBe('the columns count 37 engagements, not 35000');
    expect(checkBody(target('engagements'), { total: 35_000, items: [] })).toBeNull();
    expect(checkBody(target('engagements'), { total: 37 })).toBe('total is 37, not 35000');
  });

  it('takes any 2xx JSON from an endpoint without a check', () => {
    expect(checkBody(target('stats'), { anything: true })).toBeNull();
  });

  it('has one row per endpoint name', () => {
    expect(new Set(ENDPOINTS.map((e) => e.name)).size).toBe(ENDPOINTS.length);
  });
});

describe('the synthetic stage mix', () => {
  it('covers every stage once, with a path that starts with the questionnaire and ends at the stage', () => {
    expect(STAGE_MIX.map((entry) => entry.stage).sort()).toEqual([...ALL_STAGES].sort());
    for (const entry of STAGE_MIX) {
      expect(entry.path[0]).toBe('survey_sent');
      expect(entry.path.at(-1)).toBe(entry.stage);
    }
  });

  it('cuts [0, 1) into increasing slices that end exactly at 1', () => {
    const bounds = cumulativeMix().map((entry) => entry.upto);
    expect(bounds).toEqual([...bounds].sort((a, b) => a - b));
    expect(bounds.at(-1)).toBe(1);
    expect(bounds[0]).toBeCloseTo(0.3);
  });
});
