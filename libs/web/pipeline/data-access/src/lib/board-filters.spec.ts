import { convertToParamMap } from '@angular/router';
import { CAMILLE } from '../testing';
import { boardRequest, columnInCommunesTable, filtersFromQuery, isFiltered, NO_FILTERS, queryFromFilters, sameFilters } from './board-filters';

describe('board filters in the URL', () => {
  it('reads the filters of a shared link', () => {
    const query = convertToParamMap({ arrondissement: 'Dinant', consultant: CAMILLE.id, q: ' cin ' });
    expect(filtersFromQuery(query)).toEqual({ arrondissement: 'Dinant', consultant: CAMILLE.id, q: 'cin', campaign: '' });
  });

  it('reads the campaign the switcher chose, asks the API for it, and counts it as no filter', () => {
    const campaign = 'ca000000-0000-4000-8000-000000000002';
    const filters = filtersFromQuery(convertToParamMap({ campagne: campaign }));
    expect(boardRequest(filters)).toMatchObject({ campaignId: campaign });
    expect(isFiltered(filters)).toBe(false);
    expect(sameFilters(filters, NO_FILTERS)).toBe(false);
  });

  it('reads no filter from a bare URL, and ignores a consultant that is no id', () => {
    expect(filtersFromQuery(convertToParamMap({}))).toEqual(NO_FILTERS);
    expect(filtersFromQuery(convertToParamMap({ consultant: 'camille' })).consultant).toBe('');
  });

  it('writes the filters back, removing the empty ones', () => {
    expect(queryFromFilters({ arrondissement: 'Namur', consultant: '', q: '  ' })).toEqual({
      arrondissement: 'Namur',
      consultant: null,
      q: null,
    });
  });

  it('asks the API with its own parameter names', () => {
    expect(boardRequest({ arrondissement: 'Namur', consultant: CAMILLE.id, q: 'gem' })).toEqual({
      arrondissement: 'Namur',
      consultantId: CAMILLE.id,
      q: 'gem',
    });
  });

  it('tells a filtered view from the whole board', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, q: 'gem' })).toBe(true);
  });

  it("opens a column's communes in the communes table, with the board's arrondissement, text and campaign", () => {
    const campaign = 'ca000000-0000-4000-8000-000000000002';
    expect(columnInCommunesTable({ ...NO_FILTERS, arrondissement: 'Dinant', q: 'cin', campaign }, 'survey_sent')).toEqual({
      q: 'cin',
      arrondissement: 'Dinant',
      etape: 'survey_sent',
      tri: null,
      page: null,
      campagne: campaign,
    });
    expect(columnInCommunesTable(NO_FILTERS, 'declined')).toMatchObject({ etape: 'declined', q: null, arrondissement: null, campagne: null });
  });

  it('has no table link when a consultant narrows the board: the table would show more than the column', () => {
    expect(columnInCommunesTable({ ...NO_FILTERS, consultant: CAMILLE.id }, 'survey_sent')).toBeNull();
  });
});
