import { FrenchPaginatorIntl } from './french-paginator-intl';

describe('FrenchPaginatorIntl', () => {
  it('speaks French and counts the lines shown', () => {
    const intl = new FrenchPaginatorIntl();
    expect(intl.itemsPerPageLabel).toBe('Lignes par page');
    expect(intl.nextPageLabel).toBe('Page suivante');
    expect(intl.getRangeLabel(0, 25, 0)).toBe('0 sur 0');
    expect(intl.getRangeLabel(1, 25, 60)).toBe('26 – 50 sur 60');
    expect(intl.getRangeLabel(2, 25, 60)).toBe('51 – 60 sur 60');
  });
});
