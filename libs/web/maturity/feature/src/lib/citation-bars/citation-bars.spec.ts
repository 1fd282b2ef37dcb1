import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { aCitedOption } from '@bep/web/maturity/data-access/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { CitationBars, topCited } from './citation-bars';

describe('CitationBars', () => {
  let fixture: ComponentFixture<CitationBars>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideI18nTesting({ maturity: { fr, en } })] });
    fixture = TestBed.createComponent(CitationBars);
    fixture.componentRef.setInput('heading', 'Obstacles les plus cités');
    fixture.componentRef.setInput('headingId', 'obstacles-heading');
  });

  const element = () => fixture.nativeElement as HTMLElement;

  it('keeps the eight most cited, none that no commune cites', () => {
    const cited = Array.from({ length: 10 }, (_, index) => aCitedOption(`o${index}`, `Option ${index}`, 10 - index, 10));
    expect(topCited(cited).map((option) => option.id)).toEqual(['o0', 'o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7']);
    expect(topCited([aCitedOption('a', 'A', 1), aCitedOption('b', 'B', 0)]).map((option) => option.id)).toEqual(['a']);
  });

  it('draws a bar per option as long as its share, the count and share in words', async () => {
    fixture.componentRef.setInput('cited', [aCitedOption('budget', 'Le manque de moyens financiers', 3, 4), aCitedOption('temps', 'Le manque de temps', 1, 4)]);
    await fixture.whenStable();

    expect(element().querySelector('section')?.getAttribute('aria-labelledby')).toBe('obstacles-heading');
    expect(element().querySelector('h2')?.id).toBe('obstacles-heading');
    const items = Array.from(element().querySelectorAll('li'));
    expect(items.map((item) => [item.querySelector('.label')?.textContent, item.querySelector('.count')?.textContent?.trim()])).toEqual([
      ['Le manque de moyens financiers', '3 communes (75\u202f%)'],
      ['Le manque de temps', '1 commune (25\u202f%)'],
    ]);
    expect((items[0]?.querySelector('.fill') as HTMLElement).style.width).toBe('75%');
    expect(items[0]?.querySelector('.track')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('writes a count of thousands the Belgian way', async () => {
    fixture.componentRef.setInput('cited', [aCitedOption('budget', 'Le manque de moyens financiers', 10_417, 23_019)]);
    await fixture.whenStable();
    // Whatever space the locale puts between thousands and before %, the figure is grouped.
    expect(element().querySelector('.count')?.textContent?.trim().replace(/\s/g, ' ')).toBe('10 417 communes (45,3 %)');
  });

  it('says when no commune cites any', async () => {
    fixture.componentRef.setInput('cited', [aCitedOption('budget', 'Budget', 0)]);
    await fixture.whenStable();
    expect(element().querySelector('.bep-empty-state')?.textContent).toBe("Aucune commune n'en cite.");
  });
});
