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
import { MatInputHarness, MatNativeSelectHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import type { ConsultantWorkload, EngagementListItem, EngagementPage, Workload } from '@bep/contracts';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { fr } from '../i18n/fr';
import { ConsultantsPage } from './consultants-page';

const CAMILLE = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', name: 'Camille Dubois' };
const LEA = { id: '5e8f6cfe-6ed4-45f6-bc7a-4450f7e0f86b', name: 'Léa Moreau' };
const SARAH = { id: '2c5f39cb-3ab2-42e3-994f-1127e4ddb538', name: 'Sarah Martin' };
const PAUL = { id: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', name: 'Paul Ancien' };

function consultant(
  person: { id: string; name: string },
  capacity: number,
  engagements: ConsultantWorkload['activeEngagements'],
  minutes: number[],
  overrides: Partial<ConsultantWorkload['consultant']> = {},
): ConsultantWorkload {
  return {
    consultant: { ...person, email: `${person.id}@ocalia.demo`, office: 'BE', active: true, weeklyCapacityHours: capacity, ...overrides },
    activeEngagements: engagements,
    weeks: minutes.map((planned, index) => ({
      weekStart: `2019-06-${String(3 + 7 * index).padStart(2, '0')}`,
      scheduledActivities: planned ? 1 : 0,
      plannedMinutes: planned,
      load: capacity ? Math.round((planned / (capacity * 60)) * 100) / 100 : null,
    })),
  };
}

const workload: Workload = {
  campaign: { id: 'a7e1c0de-0000-4000-8000-000000000001', name: 'Radioscopie numérique 2019' },
  items: [
    consultant(CAMILLE, 32, { total: 2, lead: 1, byStage: { diagnostic_requested: 1, survey_sent: 1 } }, [720, 0, 0, 0]),
    consultant(LEA, 16, { total: 1, lead: 1, byStage: { diagnostic_requested: 1 } }, [1200, 240, 0, 0], { office: 'FR' }),
    consultant(SARAH, 24, { total: 1, lead: 1, byStage: { diagnostic_requested: 1 } }, [0, 0, 0, 0]),
    consultant(PAUL, 0, { total: 0, lead: 0, byStage: {} }, [0, 0, 0, 0], { active: false }),
  ],
};

function engagement(id: string, name: string, lead: { id: string; name: string } | null, members: { id: string; name: string }[]): EngagementListItem {
  return {
    id,
    campaignId: 'a7e1c0de-0000-4000-8000-000000000001',
    commune: { nis: '92138', name, arrondissement: 'Namur' },
    stage: 'diagnostic_requested',
    stageEnteredAt: '2019-05-06T12:30:00.000Z',
    version: 2,
    lead,
    consultants: members.map((member) => ({ ...member, isLead: member.id === lead?.id })),
    work: { diagnosticDone: false, workshopDone: false },
  };
}

const fernelmont = engagement('00000000-0000-4000-8000-000000000005', 'Fernelmont', LEA, [LEA]);
const andenne = engagement('00000000-0000-4000-8000-000000000006', 'Andenne', null, []);
const page = (items: EngagementListItem[], total = items.length): EngagementPage => ({ items, total, limit: 50, offset: 0, nextCursor: null });

describe('ConsultantsPage', () => {
  let fixture: ComponentFixture<ConsultantsPage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting({ consultants: { fr } }),
        // Dialogs close at once, without waiting for an animation jsdom does not run.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConsultantsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim();
  const card = (name: string) =>
    Array.from(element().querySelectorAll('bep-workload-card')).find((item) => item.querySelector('h3')?.textContent === name) as HTMLElement;
  const weeks = (name: string) => Array.from(card(name).querySelectorAll('.week')).map((week) => squash(week.textContent));

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function loaded(engagements: EngagementListItem[] = [fernelmont, andenne]): Promise<void> {
    http.expectOne('/api/consultants/workload').flush(workload);
    http.expectOne((request) => request.url === '/api/engagements').flush(page(engagements));
    await fixture.whenStable();
  }

  it('shows per consultant the office, capacity, active engagements and four weeks against capacity', async () => {
    expect(element().querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Chargement de la charge des consultants');
    await loaded();

    expect(squash(element().querySelector('h1')?.textContent)).toBe('Consultants');
    expect(squash(element().querySelector('.campaign')?.textContent)).toBe('Campagne : Radioscopie numérique 2019');
    expect(Array.from(element().querySelectorAll('bep-workload-card h3')).map((heading) => heading.textContent)).toEqual([
      'Camille Dubois',
      'Léa Moreau',
      'Sarah Martin',
      'Paul Ancien',
    ]);

    const camille = card('Camille Dubois');
    expect(squash(camille.querySelector('.office')?.textContent)).toBe('Bureau de Belgique');
    expect(Array.from(camille.querySelectorAll('.facts dt, .facts dd')).map((fact) => squash(fact.textContent))).toEqual([
      'Capacité',
      '32 h par semaine',
      'Engagements actifs',
      '2, dont 1 comme responsable',
    ]);
    expect(Array.from(camille.querySelectorAll('.stages li')).map((stage) => squash(stage.textContent))).toEqual([
      'Questionnaire envoyé : 1',
      'Diagnostic demandé : 1',
    ]);
    expect(weeks('Camille Dubois')).toEqual([
      'Semaine du 03/06/2019 12 h / 32 h · 38 %',
      'Semaine du 10/06/2019 0 h / 32 h · 0 %',
      'Semaine du 17/06/2019 0 h / 32 h · 0 %',
      'Semaine du 24/06/2019 0 h / 32 h · 0 %',
    ]);

    expect(squash(card('Léa Moreau').querySelector('.office')?.textContent)).toBe('Bureau de France');
    expect(weeks('Léa Moreau').slice(0, 2)).toEqual(['Semaine du 03/06/2019 20 h / 16 h · 125 % Au-delà de la capacité', 'Semaine du 10/06/2019 4 h / 16 h · 25 %']);

    expect(squash(card('Paul Ancien').querySelector('.inactive-badge')?.textContent)).toBe('Inactif');
    expect(squash(card('Paul Ancien').querySelector('.none')?.textContent)).toBe('Aucun engagement actif.');
    expect(weeks('Paul Ancien')[0]).toBe('Semaine du 03/06/2019 0 h / 0 h · Sans capacité');
  });

  it('shows why the workload did not load, retries, and keeps teams locked meanwhile', async () => {
    http
      .expectOne('/api/consultants/workload')
      .flush({ type: 'about:blank', title: 'Service indisponible', status: 503, detail: 'La base de données ne répond pas.' }, { status: 503, statusText: 'Unavailable' });
    http.expectOne((request) => request.url === '/api/engagements').flush(page([fernelmont]));
    await fixture.whenStable();

    expect(squash(element().querySelector('[role="alert"]')?.textContent)).toContain(
      'Impossible de charger la charge des consultants. La base de données ne répond pas.',
    );
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: /Modifier l'équipe/ }))).isDisabled()).toBe(true);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    http.expectOne('/api/consultants/workload').flush(workload);
    await fixture.whenStable();

    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: /Modifier l'équipe/ }))).isDisabled()).toBe(false);
  });

  it('says in French that the server did not answer the engagements search, and retries it', async () => {
    http.expectOne('/api/consultants/workload').flush(workload);
    http.expectOne((request) => request.url === '/api/engagements').error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(squash(element().querySelector('bep-assignment-panel [role="alert"]')?.textContent)).toBe(
      'Impossible de charger les engagements. Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez. Réessayer',
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    http.expectOne((request) => request.url === '/api/engagements').flush(page([fernelmont]));
    await fixture.whenStable();
    expect(element().querySelector('bep-assignment-panel [role="alert"]')).toBeNull();
  });

  it('draws the stage filter\'s label above its value, never over it', async () => {
    await loaded();
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Étape' }));
    expect(await field.isLabelFloating()).toBe(true);
    const [all] = await (await loader.getHarness(MatNativeSelectHarness)).getOptions();
    expect([await all?.getText(), await all?.isSelected()]).toEqual(['Toutes les étapes', true]);
  });

  it('lists the engagements with their lead and team, and looks them up by commune and stage', async () => {
    await loaded();

    const rows = Array.from(element().querySelectorAll('bep-assignment-panel li')).map((row) =>
      Array.from(row.querySelectorAll('h3, p, button')).map((part) => squash(part.textContent)),
    );
    expect(rows).toEqual([
      ['Fernelmont', 'Diagnostic demandé', 'Responsable : Léa Moreau', 'Équipe : Léa Moreau', "Modifier l'équipe (Fernelmont)"],
      ['Andenne', 'Diagnostic demandé', 'Pas de responsable', 'Aucun consultant attribué', "Modifier l'équipe (Andenne)"],
    ]);
    expect(squash(element().querySelector('bep-assignment-panel .bep-result-count')?.textContent)).toBe('2 engagements');

    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="q"]' }))).setValue('Fern');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Rechercher' }))).click();
    const byName = http.expectOne((request) => request.url === '/api/engagements');
    expect(byName.request.params.get('q')).toBe('Fern');
    byName.flush(page([fernelmont], 1));
    await fixture.whenStable();
    expect(squash(element().querySelector('bep-assignment-panel .bep-result-count')?.textContent)).toBe('1 engagement');

    const stage = await loader.getHarness(MatNativeSelectHarness);
    expect(await Promise.all((await stage.getOptions()).map((option) => option.getText()))).toEqual([
      'Toutes les étapes',
      'Questionnaire envoyé',
      'Questionnaire complété',
      'Diagnostic demandé',
      'Atelier tenu',
      'Accompagnement',
      'Refusé',
      'Retiré',
    ]);
    await stage.selectOptions({ text: 'Atelier tenu' });
    const byStage = http.expectOne((request) => request.url === '/api/engagements');
    expect(byStage.request.params.get('stage')).toBe('workshop_held');
    expect(byStage.request.params.get('q')).toBe('Fern');
    byStage.flush(page([]));
    await fixture.whenStable();
    expect(squash(element().querySelector('bep-assignment-panel .bep-empty-state')?.textContent)).toBe('Aucun engagement ne correspond à cette recherche.');
  });

  it('says when only part of the matching engagements is shown', async () => {
    http.expectOne('/api/consultants/workload').flush(workload);
    http.expectOne((request) => request.url === '/api/engagements').flush(page([fernelmont, andenne], 120));
    await fixture.whenStable();

    expect(squash(element().querySelector('bep-assignment-panel .bep-result-count')?.textContent)).toBe(
      '2 engagements affichés sur 120 : précisez la recherche.',
    );
  });

  describe('team dialog', () => {
    async function openTeam(commune: string): Promise<MatDialogHarness> {
      await (await loader.getHarness(MatButtonHarness.with({ text: new RegExp(`^Modifier l'équipe\\s*\\(${commune}\\)$`) }))).click();
      return documentLoader.getHarness(MatDialogHarness);
    }

    async function checkbox(dialog: MatDialogHarness, name: string): Promise<MatCheckboxHarness> {
      return dialog.getHarness(MatCheckboxHarness.with({ label: new RegExp(`^${name}`) }));
    }

    async function leadChoices(dialog: MatDialogHarness): Promise<string[]> {
      const group = await dialog.getHarnessOrNull(MatRadioGroupHarness);
      return group ? Promise.all((await group.getRadioButtons()).map((radio) => radio.getLabelText())) : [];
    }

    it('adds a second consultant to the team, keeps the lead, saves, says so and reloads the workload', async () => {
      await loaded();
      const dialog = await openTeam('Fernelmont');

      expect(await dialog.getTitleText()).toBe('Équipe de Fernelmont');
      const boxes = await dialog.getAllHarnesses(MatCheckboxHarness);
      expect(await Promise.all(boxes.map((box) => box.getLabelText()))).toEqual(['Camille Dubois', 'Léa Moreau', 'Sarah Martin']);
      expect(await Promise.all(boxes.map((box) => box.isChecked()))).toEqual([false, true, false]);
      expect(await leadChoices(dialog)).toEqual(['Léa Moreau']);

      await (await checkbox(dialog, 'Sarah Martin')).check();
      expect(await leadChoices(dialog)).toEqual(['Léa Moreau', 'Sarah Martin']);
      expect(await (await dialog.getHarness(MatRadioGroupHarness)).getCheckedValue()).toBe(LEA.id);

      await (await dialog.getHarness(MatButtonHarness.with({ text: "Enregistrer l'équipe" }))).click();
      const put = http.expectOne(`/api/engagements/${fernelmont.id}/assignments`);
      expect(put.request.method).toBe('PUT');
      expect(put.request.body).toEqual({ leadId: LEA.id, consultantIds: [LEA.id, SARAH.id] });
      put.flush({ ...engagement(fernelmont.id, 'Fernelmont', LEA, [LEA, SARAH]), timeline: [] });
      await settle();

      expect(await documentLoader.getHarnessOrNull(MatDialogHarness)).toBeNull();
      expect(squash(element().querySelector('bep-assignment-panel .saved')?.textContent)).toBe("L'équipe de Fernelmont est enregistrée.");
      expect(squash(element().querySelector('bep-assignment-panel li')?.textContent)).toContain('Équipe : Léa Moreau, Sarah Martin');
      http.expectOne('/api/consultants/workload').flush(workload);
    });

    it('makes the only ticked consultant the lead, and asks for a lead when the lead is unticked', async () => {
      await loaded();
      const dialog = await openTeam('Andenne');
      expect(squash(await dialog.getContentText())).toContain('Aucun consultant coché : la commune restera sans équipe.');

      await (await checkbox(dialog, 'Camille Dubois')).check();
      expect(await (await dialog.getHarness(MatRadioGroupHarness)).getCheckedValue()).toBe(CAMILLE.id);

      await (await checkbox(dialog, 'Sarah Martin')).check();
      await (await checkbox(dialog, 'Camille Dubois')).uncheck();
      expect(await leadChoices(dialog)).toEqual(['Sarah Martin']);
      expect(await (await dialog.getHarness(MatRadioGroupHarness)).getCheckedValue()).toBeNull();

      await (await dialog.getHarness(MatButtonHarness.with({ text: "Enregistrer l'équipe" }))).click();
      expect(squash(await dialog.getContentText())).toContain('Choisissez le responsable parmi les consultants cochés.');
      http.expectNone(`/api/engagements/${andenne.id}/assignments`);

      await (await dialog.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: 'Sarah Martin' });
      await (await dialog.getHarness(MatButtonHarness.with({ text: "Enregistrer l'équipe" }))).click();
      expect(http.expectOne(`/api/engagements/${andenne.id}/assignments`).request.body).toEqual({ leadId: SARAH.id, consultantIds: [SARAH.id] });
    });

    it('offers a former consultant still on the team, shows a 422 in the dialog and keeps the choices', async () => {
      const withPaul = engagement(fernelmont.id, 'Fernelmont', LEA, [LEA, PAUL]);
      await loaded([withPaul]);
      const dialog = await openTeam('Fernelmont');

      expect(await (await checkbox(dialog, 'Paul Ancien')).getLabelText()).toBe('Paul Ancien (inactif)');
      await (await dialog.getHarness(MatButtonHarness.with({ text: "Enregistrer l'équipe" }))).click();
      const put = http.expectOne(`/api/engagements/${fernelmont.id}/assignments`);
      expect(put.request.body).toEqual({ leadId: LEA.id, consultantIds: [LEA.id, PAUL.id] });
      put.flush(
        { type: 'about:blank', title: 'Unprocessable Entity', status: 422, detail: `Unknown or inactive consultants: ${PAUL.id}.` },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
      await settle();

      const alert = document.querySelector('mat-dialog-container [role="alert"]');
      expect(squash(alert?.textContent)).toBe(
        "Le serveur refuse cette équipe : un des consultants choisis est inconnu ou n'est plus actif. Décochez-le ou rechargez la page.",
      );
      expect(await (await checkbox(dialog, 'Paul Ancien')).isChecked()).toBe(true);

      await (await checkbox(dialog, 'Paul Ancien')).uncheck();
      await (await dialog.getHarness(MatButtonHarness.with({ text: "Enregistrer l'équipe" }))).click();
      http.expectOne(`/api/engagements/${fernelmont.id}/assignments`).flush({ ...fernelmont, timeline: [] });
      await settle();
      http.expectOne('/api/consultants/workload').flush(workload);
    });
  });
});
