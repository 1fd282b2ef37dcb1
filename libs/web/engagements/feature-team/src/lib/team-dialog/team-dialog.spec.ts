import { HttpErrorResponse } from '@angular/common/http';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import type { AssignmentsRequest, ConsultantWorkload, EngagementListItem } from '@bep/contracts';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { firstValueFrom } from 'rxjs';
import { TeamDialog, type TeamDialogData } from './team-dialog';

@Component({ template: '' })
class Host {}

const CAMILLE = { id: 'c1', name: 'Camille Dubois' };
const LEA = { id: 'c2', name: 'Léa Moreau' };
const PAUL = { id: 'c3', name: 'Paul Ancien' };

function load(person: { id: string; name: string }, total: number, active = true): ConsultantWorkload {
  return {
    consultant: { ...person, email: `${person.id}@ocalia.demo`, office: 'BE', active, weeklyCapacityHours: 32 },
    activeEngagements: { total, lead: 0, byStage: {} },
    weeks: [],
  };
}

/** A page's WorkloadStore, as the dialog reads it. */
function fakeWorkload(items: ConsultantWorkload[] | null) {
  const state = signal({ items, error: null as unknown });
  return {
    items: computed(() => state().items ?? []),
    loaded: computed(() => state().items !== null),
    loading: signal(false),
    error: computed(() => state().error),
    load: jest.fn(),
    state,
  };
}

const team = (lead: typeof CAMILLE | null, members: (typeof CAMILLE)[]): Pick<EngagementListItem, 'commune' | 'lead' | 'consultants'> => ({
  commune: { nis: '92142', name: 'Gembloux', arrondissement: 'Namur' },
  lead,
  consultants: members.map((member) => ({ ...member, isLead: member.id === lead?.id })),
});

describe('TeamDialog', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [provideI18nTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    }),
  );

  async function open(data: TeamDialogData<string>) {
    const fixture = TestBed.createComponent(Host);
    const closed = firstValueFrom(TestBed.inject(MatDialog).open(TeamDialog<string>, { data }).afterClosed());
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    const checkbox = (name: string) => dialog.getHarness(MatCheckboxHarness.with({ label: new RegExp(`^${name}`) }));
    const save = () => dialog.getHarness(MatButtonHarness.with({ text: "Enregistrer l'équipe" })).then((button) => button.click());
    return { closed, dialog, checkbox, save };
  }

  it('offers the active consultants with their load, and a former one still on the team', async () => {
    const workload = fakeWorkload([load(CAMILLE, 1), load(LEA, 3), load(PAUL, 0, false)]);
    const { dialog, checkbox } = await open({ engagement: team(LEA, [LEA, PAUL]), workload, save: jest.fn() });

    expect(await dialog.getTitleText()).toBe('Équipe de Gembloux');
    const boxes = await dialog.getAllHarnesses(MatCheckboxHarness);
    expect(await Promise.all(boxes.map((box) => box.getLabelText()))).toEqual(['Camille Dubois', 'Léa Moreau', 'Paul Ancien (inactif)']);
    expect(await Promise.all(boxes.map((box) => box.isChecked()))).toEqual([false, true, true]);
    expect((await dialog.getContentText()).replace(/\s+/g, ' ')).toContain('Camille Dubois Bureau de Belgique · 1 engagement actif');
    expect(await (await checkbox('Léa Moreau')).isChecked()).toBe(true);
    expect(workload.load).not.toHaveBeenCalled();
  });

  it('makes the only ticked consultant the lead, asks for a lead when the lead is unticked, then saves', async () => {
    const save = jest.fn((request: AssignmentsRequest) => Promise.resolve(`saved ${request.leadId}`));
    const { closed, dialog, checkbox, save: submit } = await open({ engagement: team(null, []), workload: fakeWorkload([load(CAMILLE, 1), load(LEA, 3)]), save });
    expect(await dialog.getContentText()).toContain('Aucun consultant coché\u00a0: la commune restera sans équipe.');

    await (await checkbox('Camille Dubois')).check();
    expect(await (await dialog.getHarness(MatRadioGroupHarness)).getCheckedValue()).toBe(CAMILLE.id);
    await (await checkbox('Léa Moreau')).check();
    await (await checkbox('Camille Dubois')).uncheck();
    expect(await (await dialog.getHarness(MatRadioGroupHarness)).getCheckedValue()).toBeNull();

    await submit();
    expect(await dialog.getContentText()).toContain('Choisissez le responsable parmi les consultants cochés.');
    expect(save).not.toHaveBeenCalled();

    await (await dialog.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: 'Léa Moreau' });
    await submit();
    expect(save).toHaveBeenCalledWith({ leadId: LEA.id, consultantIds: [LEA.id] });
    await expect(closed).resolves.toBe(`saved ${LEA.id}`);
  });

  it('says why the server refused the team and keeps the choices', async () => {
    const refusal = new HttpErrorResponse({ status: 422, error: { type: 'about:blank', title: 'Unprocessable Entity', status: 422, detail: 'Unknown consultants.' } });
    const { dialog, checkbox, save } = await open({ engagement: team(LEA, [LEA]), workload: fakeWorkload([load(LEA, 1)]), save: () => Promise.reject(refusal) });
    await save();
    expect((await dialog.getContentText()).replace(/\s+/g, ' ')).toContain(
      "Le serveur refuse cette équipe : un des consultants choisis est inconnu ou n'est plus actif. Décochez-le ou rechargez la page.",
    );
    expect(await (await checkbox('Léa Moreau')).isChecked()).toBe(true);
  });

  it('loads the consultants when the page has not, and says why they could not be loaded', async () => {
    const workload = fakeWorkload(null);
    const { dialog } = await open({ engagement: team(null, []), workload, save: jest.fn() });
    expect(workload.load).toHaveBeenCalledTimes(1);

    workload.state.set({ items: null, error: new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }) });
    expect((await dialog.getContentText()).replace(/\s+/g, ' ')).toContain(
      'Impossible de charger les consultants. Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
    );
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    expect(workload.load).toHaveBeenCalledTimes(2);
  });
});
