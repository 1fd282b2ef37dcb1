import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import type { Workload } from '@bep/contracts';
import { aUser } from '@bep/web/auth/data-access/testing';
import { anEngagement, CAMILLE, JULIEN } from '@bep/web/communes/data-access/testing';
import { configureCommunePage, ENGAGEMENT_URL, openCommunePage, squash } from '../../testing/commune-page-testing';

/** Every consultant's load, as GET /api/consultants/workload answers it. */
const workload: Workload = {
  campaign: { id: 'a7e1c0de-0000-4000-8000-000000000001', name: 'Radioscopie numérique 2019' },
  items: [
    { ...CAMILLE, email: 'consultant1@ocalia.demo', office: 'BE' as const },
    { ...JULIEN, email: 'consultant2@ocalia.demo', office: 'BE' as const },
    { id: 'c5c5c5c5-0000-4000-8000-000000000005', name: 'Léa Moreau', email: 'consultant5@ocalia.demo', office: 'FR' as const },
  ].map((consultant) => ({
    consultant: { ...consultant, active: true, weeklyCapacityHours: 32 },
    activeEngagements: { total: 2, lead: 1, byStage: { diagnostic_requested: 2 } },
    weeks: [],
  })),
};
const WORKLOAD_URL = '/api/consultants/workload';

describe('TeamSection', () => {
  beforeEach(() => configureCommunePage());

  it('lists the team, the lead first and marked', async () => {
    const page = await openCommunePage({ engagement: anEngagement({ consultants: [{ ...JULIEN, isLead: false }, { ...CAMILLE, isLead: true }] }) });
    const members = Array.from(page.section('Équipe').querySelectorAll('li')).map((member) => squash(member.textContent));
    expect(members).toEqual(['Camille Dubois Responsable', 'Julien Lambert']);
  });

  it('says when nobody is assigned', async () => {
    const page = await openCommunePage({ engagement: anEngagement({ lead: null, consultants: [] }) });
    expect(page.section('Équipe').textContent).toContain("Aucun consultant n'est attribué à cette commune.");
  });

  it('lets only a manager change the team', async () => {
    const consultant = await openCommunePage({ user: aUser(['consultant'], { consultantId: CAMILLE.id }) });
    expect(consultant.section('Équipe').querySelector('button')).toBeNull();
  });

  it('changes the team and its lead among the active consultants', async () => {
    const page = await openCommunePage();
    await (await page.loader.getHarness(MatButtonHarness.with({ text: "Modifier l'équipe" }))).click();
    page.http.expectOne(WORKLOAD_URL).flush(workload);
    await page.settle();

    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Équipe de Gembloux');
    // Each consultant with their office and load, to weigh the choice.
    expect(squash(await dialog.getContentText())).toContain('Léa Moreau Bureau de France · 2 engagements actifs');
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: /Julien Lambert/ }))).check();
    await (await dialog.getHarness(MatRadioButtonHarness.with({ label: 'Julien Lambert' }))).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: "Enregistrer l'équipe" }))).click();

    const put = page.http.expectOne(`${ENGAGEMENT_URL}/assignments`);
    expect(put.request.body).toEqual({ leadId: JULIEN.id, consultantIds: [CAMILLE.id, JULIEN.id] });
    put.flush(anEngagement({ lead: JULIEN, consultants: [{ ...CAMILLE, isLead: false }, { ...JULIEN, isLead: true }] }));
    await page.settle();

    const members = Array.from(page.section('Équipe').querySelectorAll('li')).map((member) => squash(member.textContent));
    expect(members).toEqual(['Julien Lambert Responsable', 'Camille Dubois']);
  });

  it('asks for a lead among the checked consultants', async () => {
    const page = await openCommunePage();
    await (await page.loader.getHarness(MatButtonHarness.with({ text: "Modifier l'équipe" }))).click();
    page.http.expectOne(WORKLOAD_URL).flush(workload);
    await page.settle();
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: /Julien Lambert/ }))).check();
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: /Léa Moreau/ }))).check();
    // The lead leaves the team: two consultants remain, and none of them is the lead yet.
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: /Camille Dubois/ }))).uncheck();
    await (await dialog.getHarness(MatButtonHarness.with({ text: "Enregistrer l'équipe" }))).click();

    expect(await dialog.getContentText()).toContain('Choisissez le responsable parmi les consultants cochés.');
    page.http.expectNone(`${ENGAGEMENT_URL}/assignments`);
  });

  it('says why the consultants could not be loaded, and retries', async () => {
    const page = await openCommunePage();
    await (await page.loader.getHarness(MatButtonHarness.with({ text: "Modifier l'équipe" }))).click();
    page.http.expectOne(WORKLOAD_URL).error(new ProgressEvent('error'));
    await page.settle();
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain('Impossible de charger les consultants.');

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Réessayer' }))).click();
    page.http.expectOne(WORKLOAD_URL).flush(workload);
  });
});
