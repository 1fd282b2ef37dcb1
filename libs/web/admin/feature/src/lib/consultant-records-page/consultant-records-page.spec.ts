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
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { ConsultantSummary } from '@bep/contracts';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { ConsultantRecordsPage } from './consultant-records-page';

const camille: ConsultantSummary = { id: '3f1c2a9e-8b7d-4c6e-9a5f-2d1e0b9c8a71', name: 'Camille Dubois', email: 'camille@ocalia.test', office: 'BE', weeklyCapacityHours: 32, active: true };
const lea: ConsultantSummary = { id: '3f1c2a9e-8b7d-4c6e-9a5f-2d1e0b9c8a72', name: 'Léa Moreau', email: 'lea@ocalia.test', office: 'FR', weeklyCapacityHours: 16, active: false };

describe('ConsultantRecordsPage', () => {
  let fixture: ComponentFixture<ConsultantRecordsPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting({ admin: { fr, en } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConsultantRecordsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    http.expectOne('/api/consultants').flush({ items: [lea, camille], total: 2 });
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function input(dialog: MatDialogHarness, label: string): Promise<MatInputHarness> {
    return (await (await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))).getControl(MatInputHarness)) as MatInputHarness;
  }

  it('lists the records by name with office, weekly capacity and state, in French then English', async () => {
    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['name'].text).toEqual(['Camille Dubois', 'Léa Moreau']);
    expect(rows['office'].text).toEqual(['Belgique', 'France']);
    expect(rows['capacity'].text).toEqual(['32\u00a0h', '16\u00a0h']);
    expect(rows['status'].text).toEqual(['Actif', 'Inactif']);

    TestBed.inject(LanguageStore).use('en');
    await settle();
    const english = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(english['capacity'].text).toEqual(['32 h', '16 h']);
    expect(english['office'].text).toEqual(['Belgium', 'France']);
  });

  it('creates a record, says so, and lists it', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Nouveau consultant' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await input(dialog, 'Nom')).setValue('Nora Petit');
    await (await input(dialog, 'Adresse e-mail')).setValue('nora@ocalia.test');
    const office = (await (await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Bureau' }))).getControl(MatSelectHarness)) as MatSelectHarness;
    await office.open();
    await office.clickOptions({ text: 'France' });
    await (await input(dialog, 'Capacité hebdomadaire')).setValue('24');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Créer la fiche' }))).click();

    const request = http.expectOne('/api/consultants');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ name: 'Nora Petit', email: 'nora@ocalia.test', office: 'FR', weeklyCapacityHours: 24, active: true });
    request.flush({ ...request.request.body, id: '3f1c2a9e-8b7d-4c6e-9a5f-2d1e0b9c8a73' });
    await settle();

    expect(await (await documentLoader.getHarness(MatSnackBarHarness)).getMessage()).toBe('Fiche de Nora Petit créée.');
    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['name'].text).toEqual(['Camille Dubois', 'Léa Moreau', 'Nora Petit']);
  });

  it('refuses a capacity out of range before sending, and an e-mail already used (409) next to its field', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Nouveau consultant' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await input(dialog, 'Nom')).setValue('Nora Petit');
    await (await input(dialog, 'Adresse e-mail')).setValue('camille@ocalia.test');
    await (await input(dialog, 'Capacité hebdomadaire')).setValue('81');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Créer la fiche' }))).click();
    http.expectNone('/api/consultants');
    expect(await (await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Capacité hebdomadaire' }))).getTextErrors()).toEqual([
      "Un nombre entier d'heures, de 0 à 80.",
    ]);

    await (await input(dialog, 'Capacité hebdomadaire')).setValue('32');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Créer la fiche' }))).click();
    http.expectOne('/api/consultants').flush({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'Taken.' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(await (await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Adresse e-mail' }))).getTextErrors()).toEqual([
      'Un consultant a déjà cette adresse e-mail.',
    ]);
  });

  it('deactivates a record from its dialog and says the history is kept', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Modifier Camille Dubois"]' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await (await input(dialog, 'Adresse e-mail')).getValue()).toBe('camille@ocalia.test');
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Actif' }))).uncheck();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();

    const request = http.expectOne(`/api/consultants/${camille.id}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ name: 'Camille Dubois', email: 'camille@ocalia.test', office: 'BE', weeklyCapacityHours: 32, active: false });
    request.flush({ ...camille, active: false });
    await settle();

    expect(await (await documentLoader.getHarness(MatSnackBarHarness)).getMessage()).toBe('Camille Dubois est désactivé\u00a0: son historique est conservé.');
    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['status'].text).toEqual(['Inactif', 'Inactif']);
  });
});
