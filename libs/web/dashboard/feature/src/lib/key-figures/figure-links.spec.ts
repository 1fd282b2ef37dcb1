import type { DashboardFilters } from '@bep/web/dashboard/data-access';
import { boardLink, campaignInvoicesLink, stageLink } from './figure-links';

const CAMPAIGN = '0b9a4c1e-5f3d-4e8a-9c2b-7d6e5f4a3b2c';
const CONSULTANT = '3f2b6c1e-8d4a-4b7e-9c1f-2a5d6e7f8a9b';
const NONE: DashboardFilters = { arrondissement: null, consultantId: null, campaignId: null };

describe('key figure links', () => {
  it('open the whole board and the communes at a stage when nothing narrows the figures', () => {
    expect(boardLink(NONE)).toEqual({ path: '/pipeline', query: {} });
    expect(stageLink(NONE, 'survey_sent')).toEqual({ path: '/communes', query: { etape: 'survey_sent' } });
  });

  it("keep the figures' campaign and arrondissement, in the names the lists read", () => {
    const filters = { ...NONE, campaignId: CAMPAIGN, arrondissement: 'Dinant' };
    expect(boardLink(filters)).toEqual({ path: '/pipeline', query: { campagne: CAMPAIGN, arrondissement: 'Dinant' } });
    expect(stageLink(filters, 'survey_sent')).toEqual({ path: '/communes', query: { campagne: CAMPAIGN, arrondissement: 'Dinant', etape: 'survey_sent' } });
  });

  it("open the consultant's board for a stage when the figures are one consultant's (the communes list has no such filter)", () => {
    const filters = { ...NONE, consultantId: CONSULTANT, arrondissement: 'Namur' };
    expect(boardLink(filters)).toEqual({ path: '/pipeline', query: { arrondissement: 'Namur', consultant: CONSULTANT } });
    expect(stageLink(filters, 'survey_sent')).toEqual(boardLink(filters));
  });

  it("open the campaign's invoices but the drafts for the communes' side of its budget", () => {
    expect(campaignInvoicesLink(CAMPAIGN)).toEqual({ path: '/factures', query: { campagne: CAMPAIGN, statut: 'billed' } });
  });
});
