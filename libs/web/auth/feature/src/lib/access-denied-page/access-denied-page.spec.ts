import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@bep/web/auth/data-access';
import { aUser } from '@bep/web/auth/data-access/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { AccessDeniedPage } from './access-denied-page';

describe('AccessDeniedPage', () => {
  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideI18nTesting({ auth: { fr, en } })],
    });
    const loaded = TestBed.inject(AuthStore).ensureLoaded();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/me')
      .flush({ user: aUser(['consultant'], { email: 'consultant1@bep.demo', name: 'Claire Consultante' }) });
    await loaded;
    const fixture = TestBed.createComponent(AccessDeniedPage);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('says "Accès refusé", who is signed in, and links back to the home page', async () => {
    const { element } = await render();

    expect(element.querySelector('main h1')?.textContent).toBe('Accès refusé');
    expect(element.textContent).toContain("Votre compte ne permet pas d'ouvrir cette page.");
    expect(element.textContent).toContain('Vous êtes connecté en tant que Claire Consultante');
    expect(element.textContent).toContain('(Consultant)');
    const home = element.querySelector('main a[href="/"]');
    expect(home?.textContent?.trim()).toBe("Retour à la page d'accueil");
  });

  it('says it in English once the interface is in English', async () => {
    const { fixture, element } = await render();
    TestBed.inject(LanguageStore).use('en');
    fixture.detectChanges();
    await fixture.whenStable();

    expect(element.querySelector('main h1')?.textContent).toBe('Access denied');
    expect(element.querySelector('main a[href="/"]')?.textContent?.trim()).toBe('Back to the home page');
  });
});
