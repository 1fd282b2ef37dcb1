import { TestBed } from '@angular/core/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { PagePlaceholder } from './page-placeholder';

describe('PagePlaceholder', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  it('renders the heading and the message it is given, in the interface language', async () => {
    const fixture = TestBed.createComponent(PagePlaceholder);
    fixture.componentRef.setInput('heading', 'notFound.title');
    fixture.componentRef.setInput('message', 'notFound.message');
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Page introuvable');
    expect(element.querySelector('p')?.textContent).toMatch(/^Cette adresse ne correspond à aucune page/);

    TestBed.inject(LanguageStore).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe('Page not found');
    expect(element.querySelector('p')?.textContent).toMatch(/^This address matches no page/);
  });
});
