import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FIRST_PAGE, type HeatMapPage } from '@bep/web/maturity/data-access';
import { aMaturityRow, aProvinceMaturity } from '@bep/web/maturity/data-access/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { MaturityHeatMap } from './maturity-heat-map';

describe('MaturityHeatMap', () => {
  let fixture: ComponentFixture<MaturityHeatMap>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideI18nTesting({ maturity: { fr, en } })] });
    fixture = TestBed.createComponent(MaturityHeatMap);
    // The server sorts: the rows come in the page's order.
    fixture.componentRef.setInput(
      'maturity',
      aProvinceMaturity({ rows: [aMaturityRow('Andenne', '92003', null, [null, null, null]), ...aProvinceMaturity().rows], median: { overall: 61.5, dimensions: { 'digital-strategy': 70 } } }),
    );
    fixture.componentRef.setInput('page', FIRST_PAGE);
    fixture.componentInstance.pageChange.subscribe((page) => asked.push(page));
    asked = [];
    await fixture.whenStable();
  });

  let asked: HeatMapPage[] = [];

  const element = () => fixture.nativeElement as HTMLElement;
  const cells = (row: Element) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
  const body = () => Array.from(element().querySelectorAll('tbody tr')).map(cells);
  const headers = () => Array.from(element().querySelectorAll('thead th'));
  const sortBy = async (index: number) => {
    (headers()[index]?.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
  };

  it('shows a row per commune, the overall index then each dimension, and the medians in the footer', () => {
    expect(headers().map((header) => header.querySelector('button span')?.textContent?.trim())).toEqual([
      'Commune',
      'Indice global',
      'Stratégie et investissements numériques',
      'Préparation numérique',
      'Numérique vert',
    ]);
    expect(body()).toEqual([
      ['Andenne', '—pas de score', '—pas de score', '—pas de score', '—pas de score'],
      ['Ciney', '40', '30', '50', '—pas de score'],
      ['Gembloux', '62', '70', '55', '20'],
      ['Viroinval', '81', '90', '80', '60'],
    ]);
    expect(cells(element().querySelector('tfoot tr') as Element)).toEqual(['Médiane de la province', '61,5', '70', '—', '—']);
  });

  it("links each commune to its page and colours each cell by its class, the number readable on it", () => {
    const gembloux = element().querySelectorAll('tbody tr')[2] as HTMLElement;
    expect(gembloux.querySelector('a')?.getAttribute('href')).toBe('/communes/92142');
    const overall = gembloux.querySelectorAll('td')[0] as HTMLElement;
    expect([overall.style.backgroundColor, overall.style.color]).toEqual(['rgb(33, 113, 181)', 'rgb(255, 255, 255)']);
  });

  it('asks for the order of the column whose header is clicked, the highest first from the first page, and says the order shown with aria-sort', async () => {
    expect(headers().map((header) => header.getAttribute('aria-sort'))).toEqual(['ascending', 'none', 'none', 'none', 'none']);

    await sortBy(1);
    expect(asked).toEqual([{ sort: 'overall', order: 'desc', offset: 0 }]);

    fixture.componentRef.setInput('page', { sort: 'overall', order: 'desc', offset: 100 });
    await fixture.whenStable();
    expect(headers().map((header) => header.getAttribute('aria-sort'))).toEqual(['none', 'descending', 'none', 'none', 'none']);
    await sortBy(1);
    expect(asked.at(-1)).toEqual({ sort: 'overall', order: 'asc', offset: 0 });
    await sortBy(2);
    expect(asked.at(-1)).toEqual({ sort: 'digital-strategy', order: 'desc', offset: 0 });
  });

  it('pages through the rows when more communes answered than a page holds, in the same order', async () => {
    expect(element().querySelector('mat-paginator')).toBeNull();
    fixture.componentRef.setInput('maturity', aProvinceMaturity({ communes: { engaged: 35_000, answered: 23_031 } }));
    fixture.componentRef.setInput('page', { sort: 'overall', order: 'desc', offset: 0 });
    await fixture.whenStable();
    const paginator = element().querySelector('mat-paginator');
    expect(paginator?.textContent).toContain('23');
    (paginator?.querySelector('button.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    expect(asked).toEqual([{ sort: 'overall', order: 'desc', offset: 100 }]);
  });

  it('sorts with buttons, which a keyboard reaches, and lets the table scroll inside a focusable region', () => {
    expect(headers().every((header) => header.querySelector('button[type="button"]'))).toBe(true);
    const scroller = element().querySelector('.scroller');
    expect([scroller?.getAttribute('role'), scroller?.getAttribute('tabindex'), scroller?.getAttribute('aria-label')]).toEqual(['region', '0', 'Tableau des scores, défilable horizontalement']);
  });

  it('keys the colours from 0-19 to 80-100, and no score', () => {
    expect(Array.from(element().querySelectorAll('.bep-legend li')).map((item) => item.textContent?.trim())).toEqual(['0-19', '20-39', '40-59', '60-79', '80-100', 'Pas de score']);
  });
});
