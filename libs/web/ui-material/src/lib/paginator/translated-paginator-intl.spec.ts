import { TestBed } from '@angular/core/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';

describe('TranslatedPaginatorIntl', () => {
  let intl: TranslatedPaginatorIntl;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting(), TranslatedPaginatorIntl] });
    intl = TestBed.inject(TranslatedPaginatorIntl);
  });

  it('speaks French and counts the lines shown, in Belgian figures', () => {
    expect(intl.itemsPerPageLabel).toBe('Lignes par page');
    expect(intl.nextPageLabel).toBe('Page suivante');
    expect(intl.getRangeLabel(0, 25, 0)).toBe('0 sur 0');
    expect(intl.getRangeLabel(1, 25, 60)).toBe('26 – 50 sur 60');
    expect(intl.getRangeLabel(2, 25, 60)).toBe('51 – 60 sur 60');
    expect(intl.getRangeLabel(0, 25, 1234).replace(/\s/g, ' ')).toBe('1 – 25 sur 1 234');
  });

  it('follows the interface language and tells the paginators to re-render', () => {
    const changes = jest.fn();
    intl.changes.subscribe(changes);

    TestBed.inject(LanguageStore).use('en');

    expect(changes).toHaveBeenCalled();
    expect(intl.itemsPerPageLabel).toBe('Rows per page');
    expect(intl.lastPageLabel).toBe('Last page');
    expect(intl.getRangeLabel(1, 25, 60)).toBe('26 – 50 of 60');
  });
});
