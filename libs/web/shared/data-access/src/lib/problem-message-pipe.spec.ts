import { HttpErrorResponse } from '@angular/common/http';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProblemMessagePipe } from './problem-message-pipe';

@Component({
  imports: [ProblemMessagePipe, TranslocoPipe],
  template: `<p>{{ error() | problemMessage: ('state.error' | transloco) }}</p>`,
})
class Banner {
  readonly error = signal<unknown>(null);
}

describe('ProblemMessagePipe', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  async function show(error: unknown) {
    const fixture = TestBed.createComponent(Banner);
    fixture.componentInstance.error.set(error);
    await fixture.whenStable();
    return { fixture, text: () => (fixture.nativeElement as HTMLElement).textContent?.trim() };
  }

  it('tells a failure the server did not explain in French, after the translated fallback', async () => {
    const { text } = await show(new HttpErrorResponse({ status: 502, error: 'Bad gateway' }));
    expect(text()).toBe('Le chargement a échoué. Erreur HTTP 502.');
  });

  it('follows the interface language', async () => {
    const { fixture, text } = await show(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));
    expect(text()).toBe('Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.');

    TestBed.inject(LanguageStore).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(text()).toBe('The server does not answer. Check your connection, then try again.');
  });
});
