import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoPipe } from '@jsverse/transloco';
import { provideI18nTesting } from '../testing';
import { BepLongDatePipe } from './belgian-format-pipes';
import { LanguageStore } from './language-store';

@Component({
  imports: [TranslocoPipe, BepLongDatePipe],
  template: `<p>{{ 'stage.survey_sent' | transloco }}</p><time>{{ '2019-05-02' | bepLongDate }}</time>`,
})
class Sample {}

describe('LanguageStore', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  it('shows French by default and switches to English at once, remembering the choice', async () => {
    const store = TestBed.inject(LanguageStore);
    store.restore();
    const fixture = TestBed.createComponent(Sample);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('Questionnaire envoyé');
    expect(fixture.nativeElement.textContent).toContain('2 mai 2019');
    expect(document.documentElement.lang).toBe('fr');

    store.use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('Survey sent');
    expect(fixture.nativeElement.textContent).toContain('2 May 2019');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('bep.language')).toBe('en');
  });

  it('restores the language saved on this browser and ignores anything else', () => {
    const store = TestBed.inject(LanguageStore);
    localStorage.setItem('bep.language', 'en');
    store.restore();
    expect(store.language()).toBe('en');
    localStorage.setItem('bep.language', 'de');
    store.restore();
    expect(store.language()).toBe('fr');
  });
});
