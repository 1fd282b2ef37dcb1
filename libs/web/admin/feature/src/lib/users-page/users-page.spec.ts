import { aListedUser } from '@bep/web/admin/data-access/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import type { ConsultantList, CreateUserResponse, CurrentUser } from '@bep/contracts';
import { UsersStore } from '@bep/web/admin/data-access';
import { AuthStore } from '@bep/web/auth/data-access';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { UsersPage } from './users-page';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const CONSULTANT_ID = '3f1c2a9e-8b7d-4c6e-9a5f-2d1e0b9c8a71';

const admin = aListedUser({ id: '00000000-0000-4000-8000-000000000001', email: 'admin@bep.demo', name: 'Alain Admin', roles: ['admin'] });
const manager = aListedUser({ id: '00000000-0000-4000-8000-000000000002', email: 'manager@bep.demo', name: 'Marie Dupont', roles: ['manager', 'finance'] });
const consultant = aListedUser({
  id: '00000000-0000-4000-8000-000000000003',
  email: 'consultant1@bep.demo',
  name: 'Claire Conseil',
  roles: ['consultant'],
  consultantId: CONSULTANT_ID,
  active: false,
  mustChangePassword: true,
});

const consultants: ConsultantList = {
  items: [{ id: CONSULTANT_ID, name: 'Claire Ocalia', email: 'claire@ocalia.test', office: 'BE', weeklyCapacityHours: 32, active: true }],
  total: 1,
};

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideI18nTesting({ admin: { fr, en } }),
        // Dialogs close at once rather than after a CSS transition jsdom never ends.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signedIn: CurrentUser = { ...admin };
    const loaded = TestBed.inject(AuthStore).ensureLoaded();
    http.expectOne('/api/auth/me').flush({ user: signedIn });
    await loaded;

    fixture = TestBed.createComponent(UsersPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    http.expectOne('/api/users').flush({ items: [consultant, manager, admin], total: 3 });
    http.expectOne('/api/consultants').flush(consultants);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function dialogField(dialog: MatDialogHarness, label: string): Promise<MatFormFieldHarness> {
    return dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  }

  async function dialogInput(dialog: MatDialogHarness, label: string): Promise<MatInputHarness> {
    return (await (await dialogField(dialog, label)).getControl(MatInputHarness)) as MatInputHarness;
  }

  it('lists the users with their French roles, linked consultant and state', async () => {
    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getCellTextByColumnName();

    expect(rows['name'].text).toEqual(['Alain Admin (vous)', 'Claire Conseil', 'Marie Dupont']);
    expect(rows['email'].text).toEqual(['admin@bep.demo', 'consultant1@bep.demo', 'manager@bep.demo']);
    expect(rows['roles'].text).toEqual(['Administrateur', 'Consultant', 'Gestionnaire BEP, Finances']);
    expect(rows['consultant'].text).toEqual(['—', 'Claire Ocalia', '—']);
    expect(rows['status'].text).toEqual(['Actif', 'Inactif', 'Actif']);
    expect(rows['mustChangePassword'].text).toEqual(['Non', 'Oui', 'Non']);
    expect(rows['actions'].text.map(squash)).toEqual(['Modifier', 'Modifier Réactiver', 'Modifier Désactiver']);
  });

  it('shows the list in English once the interface is in English', async () => {
    TestBed.inject(LanguageStore).use('en');
    fixture.detectChanges();
    await settle();

    expect(element().querySelector('h2')?.textContent).toBe('Users');
    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['name'].text[0]).toBe('Alain Admin (you)');
    expect(rows['roles'].text).toEqual(['Administrator', 'Consultant', 'BEP manager, Finance']);
    expect(rows['status'].text).toEqual(['Active', 'Inactive', 'Active']);
    expect(element().querySelector('[role="status"]')?.textContent?.trim()).toBe('3 users');
  });

  it('says why the list could not be loaded, and loads it again', async () => {
    TestBed.inject(UsersStore).load();
    http.expectOne('/api/users').flush('Bad gateway', { status: 502, statusText: 'Bad Gateway' });
    await settle();

    const alert = element().querySelector('.bep-error-banner[role="alert"]');
    expect(alert?.textContent).toContain('Impossible de charger les utilisateurs.');
    expect(alert?.textContent).toContain('Le chargement des utilisateurs a échoué. Erreur HTTP 502.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    http.expectOne('/api/users').flush({ items: [admin], total: 1 });
    await settle();
    expect(element().querySelector('.bep-error-banner')).toBeNull();
  });

  it('creates a consultant user and shows the temporary password once, with a copy button', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Nouvel utilisateur' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Nouvel utilisateur');

    await (await dialogInput(dialog, 'Adresse e-mail')).setValue('consultant6@bep.demo');
    await (await dialogInput(dialog, 'Nom')).setValue('Paul Conseil');
    expect(await dialog.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Consultant lié' }))).toHaveLength(0);
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Consultant' }))).check();
    const picker = (await (await dialogField(dialog, 'Consultant lié')).getControl(MatSelectHarness)) as MatSelectHarness;
    await picker.open();
    await picker.clickOptions({ text: 'Claire Ocalia (Belgique)' });

    await (await dialog.getHarness(MatButtonHarness.with({ text: "Créer l'utilisateur" }))).click();
    const request = http.expectOne('/api/users');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'consultant6@bep.demo',
      name: 'Paul Conseil',
      roles: ['consultant'],
      consultantId: CONSULTANT_ID,
    });
    const created: CreateUserResponse = {
      user: aListedUser({
        id: '00000000-0000-4000-8000-000000000009',
        email: 'consultant6@bep.demo',
        name: 'Paul Conseil',
        roles: ['consultant'],
        consultantId: CONSULTANT_ID,
        mustChangePassword: true,
      }),
      temporaryPassword: 'Vq4-Lm8-Zt2-Kp6',
    };
    request.flush(created, { status: 201, statusText: 'Created' });
    await settle();

    expect(await dialog.getTitleText()).toBe('Utilisateur créé');
    const text = await dialog.getContentText();
    expect(text).toContain('Vq4-Lm8-Zt2-Kp6');
    expect(text).toContain('il ne sera plus affiché');
    expect(text).toContain('devra être changé à la première connexion');
    expect(document.activeElement?.textContent?.trim()).toBe('Copier le mot de passe');

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Copier le mot de passe' }))).click();
    await settle();
    expect(writeText).toHaveBeenCalledWith('Vq4-Lm8-Zt2-Kp6');
    expect(await dialog.getContentText()).toContain('Mot de passe copié dans le presse-papiers.');

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Fermer' }))).click();
    await settle();
    expect(await documentLoader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['name'].text).toContain('Paul Conseil');
    expect(element().textContent).not.toContain('Vq4-Lm8-Zt2-Kp6');
  });

  it('says when the e-mail is already taken (409) next to the field', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Nouvel utilisateur' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialogInput(dialog, 'Adresse e-mail')).setValue('manager@bep.demo');
    await (await dialogInput(dialog, 'Nom')).setValue('Marie Bis');
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Finances' }))).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: "Créer l'utilisateur" }))).click();

    http
      .expectOne('/api/users')
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, detail: 'A user with this e-mail already exists.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(await (await dialogField(dialog, 'Adresse e-mail')).getTextErrors()).toEqual([
      'Un utilisateur existe déjà avec cette adresse e-mail.',
    ]);
    expect(await dialog.getTitleText()).toBe('Nouvel utilisateur');
  });

  it('puts the 400 field errors next to their fields', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Nouvel utilisateur' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialogInput(dialog, 'Adresse e-mail')).setValue('nouveau@bep.demo');
    await (await dialogInput(dialog, 'Nom')).setValue('Nouveau');
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Administrateur' }))).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: "Créer l'utilisateur" }))).click();

    http.expectOne('/api/users').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid; see errors.',
        errors: [
          { path: 'email', message: 'Invalid email address' },
          { path: 'roles', message: 'each role once' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(await (await dialogField(dialog, 'Adresse e-mail')).getTextErrors()).toEqual([
      'Adresse e-mail refusée par le serveur\u00a0: Invalid email address',
    ]);
    expect(await dialog.getContentText()).toContain('Rôles refusés par le serveur\u00a0: each role once');
  });

  it('asks for at least one role before calling the server', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Nouvel utilisateur' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialogInput(dialog, 'Adresse e-mail')).setValue('nouveau@bep.demo');
    await (await dialogInput(dialog, 'Nom')).setValue('Nouveau');
    await (await dialog.getHarness(MatButtonHarness.with({ text: "Créer l'utilisateur" }))).click();

    expect(await dialog.getContentText()).toContain('Choisissez au moins un rôle.');
    http.expectNone('/api/users');
  });

  it("edits the roles of a user and corrects their e-mail", async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Modifier', selector: '[aria-label="Modifier Marie Dupont"]' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Modifier Marie Dupont');
    await (await dialogInput(dialog, 'Adresse e-mail')).setValue('marie.dupont@bep.be');

    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Finances' }))).uncheck();
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Administrateur' }))).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();

    const request = http.expectOne(`/api/users/${manager.id}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ email: 'marie.dupont@bep.be', name: 'Marie Dupont', roles: ['manager', 'admin'], consultantId: null });
    request.flush({ ...manager, email: 'marie.dupont@bep.be', roles: ['manager', 'admin'] });
    await settle();

    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['roles'].text[2]).toBe('Gestionnaire BEP, Administrateur');
  });

  it('sends no e-mail when it is unchanged but for its case', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Modifier Marie Dupont"]' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialogInput(dialog, 'Adresse e-mail')).setValue('Manager@BEP.demo');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();
    const request = http.expectOne(`/api/users/${manager.id}`);
    expect(request.request.body).not.toHaveProperty('email');
    request.flush(manager);
    await settle();
  });

  it('says before sending that a consultant account needs its consultant record', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Modifier Marie Dupont"]' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Consultant' }))).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();
    await settle();

    http.expectNone(`/api/users/${manager.id}`);
    expect(await (await dialogField(dialog, 'Consultant lié')).getTextErrors()).toEqual([
      "Un compte consultant agit pour une fiche consultant Ocalia\u00a0: choisissez-la. Si elle manque, créez-la d'abord dans Administration › Consultants.",
    ]);

    const select = (await (await dialogField(dialog, 'Consultant lié')).getControl(MatSelectHarness)) as MatSelectHarness;
    await select.open();
    await select.clickOptions({ text: /Claire Ocalia/ });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();
    const request = http.expectOne(`/api/users/${manager.id}`);
    expect(request.request.body).toEqual({ name: 'Marie Dupont', roles: ['manager', 'consultant', 'finance'], consultantId: CONSULTANT_ID });
    request.flush({ ...manager, roles: ['manager', 'consultant', 'finance'], consultantId: CONSULTANT_ID });
    await settle();
  });

  it('puts the 422 naming consultantId next to the consultant field', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Modifier Claire Conseil"]' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();
    http.expectOne(`/api/users/${consultant.id}`).flush(
      { type: 'about:blank', title: 'Unprocessable Entity', status: 422, detail: 'The account breaks a rule.', errors: [{ path: 'consultantId', message: 'no such consultant' }] },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(await (await dialogField(dialog, 'Consultant lié')).getTextErrors()).toEqual(['Consultant refusé par le serveur\u00a0: no such consultant']);
  });

  it('asks for confirmation before deactivating, then PATCHes active: false', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Désactiver Marie Dupont"]' }))).click();
    const confirm = await documentLoader.getHarness(MatDialogHarness);
    expect(await confirm.getTitleText()).toBe('Désactiver Marie Dupont\u00a0?');
    expect(await confirm.getContentText()).toContain('ses sessions ouvertes seront fermées immédiatement');
    http.expectNone(`/api/users/${manager.id}`);

    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Désactiver' }))).click();
    const request = http.expectOne(`/api/users/${manager.id}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ active: false });
    request.flush({ ...manager, active: false });
    await settle();

    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['status'].text).toEqual(['Actif', 'Inactif', 'Inactif']);
    expect(squash(rows['actions'].text[2])).toBe('Modifier Réactiver');
  });

  it('changes nothing when the deactivation is cancelled', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Désactiver Marie Dupont"]' }))).click();
    const confirm = await documentLoader.getHarness(MatDialogHarness);
    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
    await settle();

    http.expectNone(`/api/users/${manager.id}`);
    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['status'].text[2]).toBe('Actif');
  });

  it('shows the problem detail when the deactivation is refused', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Désactiver Marie Dupont"]' }))).click();
    const confirm = await documentLoader.getHarness(MatDialogHarness);
    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Désactiver' }))).click();
    http
      .expectOne(`/api/users/${manager.id}`)
      .flush(
        { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Le dernier administrateur ne peut être désactivé.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();

    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'Le dernier administrateur ne peut être désactivé.',
    );
  });

  it('reactivates an inactive user after confirmation', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Réactiver Claire Conseil"]' }))).click();
    const confirm = await documentLoader.getHarness(MatDialogHarness);
    expect(await confirm.getTitleText()).toBe('Réactiver Claire Conseil\u00a0?');
    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Réactiver' }))).click();

    const request = http.expectOne(`/api/users/${consultant.id}`);
    expect(request.request.body).toEqual({ active: true });
    request.flush({ ...consultant, active: true });
    await settle();
  });
});
