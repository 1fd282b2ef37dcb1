import { convertToParamMap } from '@angular/router';
import { NO_INVOICE_FILTERS } from '@bep/web/invoices/data-access';
import { filtersFromQuery, queryFromFilters } from './invoice-query';

const CAMPAIGN = '0b9a4c1e-5f3d-4e8a-9c2b-7d6e5f4a3b2c';

describe('the Factures list’s URL', () => {
  it('reads the filters and the page, and ignores what is not one', () => {
    expect(filtersFromQuery(convertToParamMap({}))).toEqual(NO_INVOICE_FILTERS);
    expect(filtersFromQuery(convertToParamMap({ statut: 'overdue', type: 'credit_note', commune: '93090', campagne: CAMPAIGN, du: '2026-03-01', au: '2026-03-31', page: '2', taille: '50' }))).toEqual({
      status: 'overdue',
      kind: 'credit_note',
      communeNis: '93090',
      campaignId: CAMPAIGN,
      from: '2026-03-01',
      to: '2026-03-31',
      pageIndex: 1,
      pageSize: 50,
    });
    expect(filtersFromQuery(convertToParamMap({ statut: 'lost', type: 'receipt', commune: 'Namur', campagne: '2026', du: 'hier', page: '-1', taille: '7' }))).toEqual(NO_INVOICE_FILTERS);
  });

  it('writes only what differs from the defaults', () => {
    expect(queryFromFilters(NO_INVOICE_FILTERS)).toEqual({ statut: null, type: null, commune: null, campagne: null, du: null, au: null, page: null, taille: null });
    expect(queryFromFilters({ ...NO_INVOICE_FILTERS, status: 'paid', pageIndex: 2, pageSize: 10 })).toMatchObject({ statut: 'paid', page: 3, taille: 10 });
    expect(queryFromFilters({ ...NO_INVOICE_FILTERS, status: 'billed', campaignId: CAMPAIGN })).toMatchObject({ statut: 'billed', campagne: CAMPAIGN });
  });
});
