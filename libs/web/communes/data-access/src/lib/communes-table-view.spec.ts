import { convertToParamMap } from '@angular/router';
import { communeQueryFromView, communesViewFromQuery, DEFAULT_COMMUNES_VIEW, queryFromCommunesView } from './communes-table-view';

describe('the communes table view', () => {
  it('reads the filters, the sort and the page of the URL, the page counted from 1', () => {
    const view = communesViewFromQuery(convertToParamMap({ q: 'gem', arrondissement: 'Namur', etape: 'out_of_campaign', tri: '-population', page: '3' }));
    expect(view).toEqual({ q: 'gem', arrondissement: 'Namur', status: 'out_of_campaign', sort: 'population', direction: 'desc', pageIndex: 2 });
  });

  it('falls back to the default for what it does not know', () => {
    expect(communesViewFromQuery(convertToParamMap({ etape: 'lost', tri: '-budget', page: '-1' }))).toEqual(DEFAULT_COMMUNES_VIEW);
    expect(communesViewFromQuery(convertToParamMap({ page: '1.5' })).pageIndex).toBe(0);
  });

  it('writes only what differs from the default, and reads back what it wrote', () => {
    expect(queryFromCommunesView(DEFAULT_COMMUNES_VIEW)).toEqual({ q: null, arrondissement: null, etape: null, tri: null, page: null });
    const view = { q: 'eghezee', arrondissement: 'Namur', status: 'declined', sort: 'stage', direction: 'desc', pageIndex: 4 } as const;
    const query = queryFromCommunesView(view);
    expect(query).toEqual({ q: 'eghezee', arrondissement: 'Namur', etape: 'declined', tri: '-stage', page: 5 });
    expect(communesViewFromQuery(convertToParamMap(query))).toEqual(view);
  });

  it('asks the API for the page of the view, the text trimmed, the empty filters left out', () => {
    expect(communeQueryFromView({ ...DEFAULT_COMMUNES_VIEW, q: '  gem ', status: 'not_eligible', pageIndex: 2 })).toEqual({
      q: 'gem',
      status: 'not_eligible',
      sort: 'name',
      order: 'asc',
      limit: 100,
      offset: 200,
    });
    expect(communeQueryFromView({ ...DEFAULT_COMMUNES_VIEW, q: '   ' })).not.toHaveProperty('q');
  });
});
