import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentUser } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { fr } from '../i18n/fr';
import { ChangePasswordPage } from './change-password-page';

@Component({ template: '' })
class Stub {}

const admin: CurrentUser = {
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  email: 'admin@bep.demo',
  name: 'Alain Admin',
  roles: ['admin'],
  consultantId: null,
  mustChangePassword: true,
};

describe('ChangePasswordPage', () => {
  let fixture: ComponentFixture<ChangePasswordPage>;
  let loader: HarnessLoader;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Stub }]),
        provideI18nTesting({ auth: { fr } }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthStore).ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user: admin });
    await loaded;
    fixture = TestBed.createComponent(ChangePasswordPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;

  async function fill(current: string, next: string, confirmation: string): Promise<void> {
    await (await field('Mot de passe actuel')).setValue(current);
    await (await field('Nouveau mot de passe')).setValue(next);
    await (await field('Confirmer le nouveau mot de passe')).setValue(confirmation);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Enregistrer le mot de passe' }))).click();
  }

  async function field(label: string): Promise<MatInputHarness> {
    const formField = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await formField.getControl(MatInputHarness)) as MatInputHarness;
  }

  async function errorsOf(label: string): Promise<string[]> {
    return (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))).getTextErrors();
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('says the password is temporary and asks for at least 12 characters', async () => {
    expect(element().querySelector('h1')?.textContent).toBe('Changer le mot de passe');
    expect(element().querySelector('.notice')?.textContent).toContain('Votre mot de passe est temporaire.');
    expect(await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Nouveau mot de passe' }))).getTextHints()).toEqual([
      'Au moins 12 caractères.',
    ]);
  });

  it('refuses a short password and a confirmation that does not match, without calling the server', async () => {
    await fill('temporaire', 'court', 'autre');

    expect(await errorsOf('Nouveau mot de passe')).toEqual(['Au moins 12 caractères\u00a0: 5 saisis.']);
    expect(await errorsOf('Confirmer le nouveau mot de passe')).toEqual(['Les deux mots de passe ne correspondent pas.']);
    http.expectNone('/api/auth/password');
  });

  it('refuses to keep the same password', async () => {
    await fill('meme-mot-de-passe', 'meme-mot-de-passe', 'meme-mot-de-passe');

    expect(await errorsOf('Nouveau mot de passe')).toEqual(["Le nouveau mot de passe doit être différent de l'actuel."]);
    http.expectNone('/api/auth/password');
  });

  it('says when the current password is wrong', async () => {
    await fill('faux', 'un-mot-de-passe-solide', 'un-mot-de-passe-solide');
    http
      .expectOne('/api/auth/password')
      .flush({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(await errorsOf('Mot de passe actuel')).toEqual(['Le mot de passe actuel est incorrect.']);
    expect(TestBed.inject(AuthStore).user()?.mustChangePassword).toBe(true);
  });

  it('says when the server refuses the new password', async () => {
    await fill('temporaire', 'un-mot-de-passe-solide', 'un-mot-de-passe-solide');
    http.expectOne('/api/auth/password').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [{ path: 'newPassword', message: 'String must contain at least 12 character(s)' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(await errorsOf('Nouveau mot de passe')).toEqual([
      'Le serveur refuse ce mot de passe\u00a0: il doit compter au moins 12 caractères.',
    ]);
  });

  it('changes the password, then goes where the user was going', async () => {
    fixture.componentRef.setInput('retour', '/administration/journal');
    await fill('temporaire', 'un-mot-de-passe-solide', 'un-mot-de-passe-solide');
    const request = http.expectOne('/api/auth/password');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ currentPassword: 'temporaire', newPassword: 'un-mot-de-passe-solide' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(TestBed.inject(AuthStore).user()?.mustChangePassword).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/administration/journal');
  });
});
