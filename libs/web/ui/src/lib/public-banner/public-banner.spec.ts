import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { PublicBanner } from './public-banner';

describe('PublicBanner', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting(), provideRouter([])] });
  });

  async function render(homeLink: boolean): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(PublicBanner);
    fixture.componentRef.setInput('tagline', 'Questionnaire de la commune');
    fixture.componentRef.setInput('homeLink', homeLink);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it("names the product and the page, with the language switch; the name leads home where a visitor may go on", async () => {
    const element = await render(true);
    expect(element.querySelector('a.brand')?.getAttribute('href')).toBe('/');
    expect(element.querySelector('.tagline')?.textContent?.trim()).toBe('Questionnaire de la commune');
    expect(element.querySelector('bep-language-switch button')?.textContent?.trim()).toBe('English');
  });

  it('names the product without a link for a visitor with no account to go on with', async () => {
    const element = await render(false);
    expect(element.querySelector('a.brand')).toBeNull();
    expect(element.querySelector('span.brand')?.textContent?.trim()).not.toBe('');
  });
});
