import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoPipe } from '@jsverse/transloco';
import { provideI18nTesting } from '../testing';
import { LanguageStore } from './language-store';
import { BepPluralPipe, pluralForm } from './plural';

describe('pluralForm', () => {
  it('puts 0 and 1 in the singular in French, only 1 in English', () => {
    expect([0, 1, 2, 1000].map((count) => pluralForm('fr', count))).toEqual(['one', 'one', 'other', 'other']);
    expect([0, 1, 2].map((count) => pluralForm('en', count))).toEqual(['other', 'one', 'other']);
  });
});

@Component({
  imports: [BepPluralPipe, TranslocoPipe],
  template: `{{ 'demo' | bepPlural: 0 | transloco: { count: 0 } }}`,
})
class Sample {}

describe('BepPluralPipe', () => {
  it('picks the form of the interface language', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18nTesting({
          demo: { fr: { one: '{{ count }} entrée', other: '{{ count }} entrées' }, en: { one: '{{ count }} entry', other: '{{ count }} entries' } },
        }),
      ],
    });
    const fixture = TestBed.createComponent(Sample);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('0 entrée');

    TestBed.inject(LanguageStore).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('0 entries');
  });
});
