import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslocoScope, TranslocoService, type Translation } from '@jsverse/transloco';
import { provideI18nTesting } from '../testing';
import { featureWordsReady } from './feature-words-ready';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class ReadsWords {
  readonly ready = featureWordsReady('line.label');
}

describe('featureWordsReady', () => {
  it("turns true once the scope's words have arrived, when translate() stops answering the key", async () => {
    let arrive: (words: Translation) => void = () => undefined;
    const late = new Promise<Translation>((resolve) => (arrive = resolve));
    TestBed.configureTestingModule({
      providers: [provideI18nTesting(), provideTranslocoScope({ scope: 'late', loader: { fr: () => late, en: () => late } })],
    });
    const component = TestBed.createComponent(ReadsWords).componentInstance;
    const transloco = TestBed.inject(TranslocoService);

    expect(component.ready()).toBe(false);
    expect(transloco.translate('late.line.label')).toBe('late.line.label');

    arrive({ line: { label: 'Diagnostic' } });
    await late;
    await new Promise((resolve) => setTimeout(resolve));

    expect(component.ready()).toBe(true);
    expect(transloco.translate('late.line.label')).toBe('Diagnostic');
  });

  it('is true at once outside a feature scope', () => {
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    expect(TestBed.createComponent(ReadsWords).componentInstance.ready()).toBe(true);
  });
});
