import { TestBed } from '@angular/core/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  it('offers the other language in that language, and switches to it and back', async () => {
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button');
    expect(button?.textContent?.trim()).toBe('English');
    expect(button?.getAttribute('lang')).toBe('en');
    expect(button?.getAttribute('aria-label')).toBe('Switch to English');

    button?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(TestBed.inject(LanguageStore).language()).toBe('en');
    expect(button?.textContent?.trim()).toBe('Français');
    expect(button?.getAttribute('lang')).toBe('fr');

    button?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(TestBed.inject(LanguageStore).language()).toBe('fr');
  });
});
