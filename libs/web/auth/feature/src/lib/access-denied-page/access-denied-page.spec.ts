import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@bep/web/auth/data-access';
import { AccessDeniedPage } from './access-denied-page';

describe('AccessDeniedPage', () => {
  it('says "Accès refusé", who is signed in, and links back to the home page', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const loaded = TestBed.inject(AuthStore).ensureLoaded();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/me')
      .flush({
        user: {
          id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
          email: 'consultant1@bep.demo',
          name: 'Claire Consultante',
          roles: ['consultant'],
          consultantId: null,
          mustChangePassword: false,
        },
      });
    await loaded;
    const fixture = TestBed.createComponent(AccessDeniedPage);
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('main h1')?.textContent).toBe('Accès refusé');
    expect(element.textContent).toContain("Votre compte ne permet pas d'ouvrir cette page.");
    expect(element.textContent).toContain('Claire Consultante');
    expect(element.textContent).toContain('(Consultant)');
    const home = element.querySelector('main a[href="/"]');
    expect(home?.textContent?.trim()).toBe("Retour à la page d'accueil");
  });
});
