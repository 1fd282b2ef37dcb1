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
    fixture.componentRef.setInput('heading', 'page.invoices');
    fixture.componentRef.setInput('message', 'comingSoon.invoices');
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Factures');
    expect(element.querySelector('p')?.textContent).toMatch(/^La facturation n'est pas encore disponible\./);

    TestBed.inject(LanguageStore).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe('Invoices');
    expect(element.querySelector('p')?.textContent).toMatch(/^Invoicing is not available yet\./);
  });
});
