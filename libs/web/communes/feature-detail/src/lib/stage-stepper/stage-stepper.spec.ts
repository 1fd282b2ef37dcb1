import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { aUser } from '@bep/web/auth/data-access/testing';
import { anEngagement, aTransitionResult, CAMILLE, GEMBLOUX_TIMELINE, JULIEN } from '@bep/web/communes/data-access/testing';
import { configureCommunePage, ENGAGEMENT_URL, openCommunePage, squash, type OpenPage } from '../../testing/commune-page-testing';

const TRANSITIONS_URL = `${ENGAGEMENT_URL}/transitions`;

function steps(page: OpenPage): string[] {
  return Array.from(page.section('Étape').querySelectorAll('.step')).map(
    (step) => `${squash(step.querySelector('.name')?.textContent)} [${squash(step.querySelector('.state')?.textContent)}]`,
  );
}

const currentStep = (page: OpenPage) => squash(page.section('Étape').querySelector('[aria-current="step"] .name')?.textContent);

async function moveMenuItems(page: OpenPage): Promise<string[]> {
  const menu = await page.loader.getHarness(MatMenuHarness.with({ triggerText: 'Déplacer vers…' }));
  await menu.open();
  return Promise.all((await menu.getItems()).map((item) => item.getText()));
}

describe('StageStepper', () => {
  beforeEach(() => configureCommunePage());

  it('shows the five stages, the current one marked, with the day it was entered', async () => {
    const page = await openCommunePage();

    expect(steps(page)).toEqual([
      'Questionnaire envoyé [terminée]',
      'Questionnaire complété [terminée]',
      'Diagnostic demandé [étape actuelle · depuis le 03/05/2019]',
      'Atelier tenu [à venir]',
      'Accompagnement [à venir]',
    ]);
    expect(currentStep(page)).toBe('Diagnostic demandé');
    expect(page.section('Étape').querySelector('ol')?.getAttribute('aria-label')).toBe('Étapes du parcours');
  });

  it('moves a manager one stage forward in one click, with the version seen', async () => {
    const page = await openCommunePage();

    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Passer à « Atelier tenu »' }))).click();
    const request = page.http.expectOne(TRANSITIONS_URL);
    expect(request.request.body).toEqual({ to: 'workshop_held', version: 3 });
    request.flush(aTransitionResult({ stage: 'workshop_held', version: 4, stageEnteredAt: '2019-06-20T10:00:00.000Z' }));
    await page.settle();

    expect(currentStep(page)).toBe('Atelier tenu');
    expect(await (await page.documentLoader.getHarness(MatSnackBarHarness)).getMessage()).toBe('Engagement déplacé vers « Atelier tenu ».');
    // The move's answer has no timeline: the engagement is read again for it.
    page.http.expectOne(ENGAGEMENT_URL).flush(anEngagement({ stage: 'workshop_held', version: 4, stageEnteredAt: '2019-06-20T10:00:00.000Z' }));
    await page.settle();
    expect(currentStep(page)).toBe('Atelier tenu');
  });

  it('offers a manager every other stage, asking for the note the rules want', async () => {
    const page = await openCommunePage();

    expect(await moveMenuItems(page)).toEqual([
      'Questionnaire envoyé (note requise)',
      'Questionnaire complété (note requise)',
      'Accompagnement (note requise)',
      'Refusé (note requise)',
      'Retiré (note requise)',
    ]);
    const menu = await page.loader.getHarness(MatMenuHarness.with({ triggerText: 'Déplacer vers…' }));
    await menu.clickItem({ text: 'Refusé (note requise)' });

    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Déplacer vers « Refusé »');
    expect(await dialog.getContentText()).toContain('Clore un engagement demande une note qui dit pourquoi.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Déplacer' }))).click();
    expect(await dialog.getContentText()).toContain('La note est obligatoire.');
    page.http.expectNone(TRANSITIONS_URL);

    await (await dialog.getHarness(MatInputHarness)).setValue('  La commune renonce au diagnostic  ');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Déplacer' }))).click();
    await page.settle();
    const request = page.http.expectOne(TRANSITIONS_URL);
    expect(request.request.body).toEqual({ to: 'declined', version: 3, note: 'La commune renonce au diagnostic' });
  });

  it('sends nothing when the note is cancelled', async () => {
    const page = await openCommunePage();
    await moveMenuItems(page);
    await (await page.loader.getHarness(MatMenuHarness.with({ triggerText: 'Déplacer vers…' }))).clickItem({ text: 'Retiré (note requise)' });
    await (await (await page.documentLoader.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
    await page.settle();
    page.http.expectNone(TRANSITIONS_URL);
  });

  it('reloads the engagement and says so when someone moved it first (409)', async () => {
    const page = await openCommunePage();
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Passer à « Atelier tenu »' }))).click();
    page.http.expectOne(TRANSITIONS_URL).flush({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'The engagement changed meanwhile.' }, { status: 409, statusText: 'Conflict' });
    await page.settle();
    page.http.expectOne(ENGAGEMENT_URL).flush(anEngagement({ stage: 'workshop_held', version: 4 }));
    await page.settle();

    const alert = page.section('Étape').querySelector('[role="alert"]');
    expect(squash(alert?.textContent)).toBe(
      "Le déplacement n'a pas eu lieu. Quelqu'un a modifié cet engagement entre-temps : il vient d'être rechargé. Vérifiez l'étape, puis recommencez si besoin.",
    );
    expect(currentStep(page)).toBe('Atelier tenu');
  });

  it('names the rule of a refused move (422) in French', async () => {
    const page = await openCommunePage();
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Passer à « Atelier tenu »' }))).click();
    page.http
      .expectOne(TRANSITIONS_URL)
      .flush(
        { type: 'urn:bep:stage-rule:skip-or-backward-needs-manager', title: 'Stage rule broken', status: 422, detail: 'Only a manager may skip a stage or move backward.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await page.settle();
    expect(page.section('Étape').querySelector('[role="alert"]')?.textContent).toContain(
      'Seul un gestionnaire peut sauter une étape ou revenir en arrière.',
    );
  });

  it('lets a consultant of the team move forward or close, nothing else', async () => {
    const page = await openCommunePage({
      user: aUser(['consultant'], { consultantId: JULIEN.id }),
      engagement: anEngagement({ consultants: [{ ...CAMILLE, isLead: true }, { ...JULIEN, isLead: false }] }),
    });

    expect(await page.loader.getHarness(MatButtonHarness.with({ text: 'Passer à « Atelier tenu »' }))).toBeTruthy();
    expect(await moveMenuItems(page)).toEqual(['Refusé (note requise)', 'Retiré (note requise)']);
  });

  describe('before the work of "Atelier tenu" is recorded as done', () => {
    const unfinished = (work: { diagnosticDone: boolean; workshopDone: boolean }) => anEngagement({ consultants: [{ ...CAMILLE, isLead: true }, { ...JULIEN, isLead: false }], work });

    it('tells a consultant what to record first, instead of the next step', async () => {
      const page = await openCommunePage({ user: aUser(['consultant'], { consultantId: JULIEN.id }), engagement: unfinished({ diagnosticDone: false, workshopDone: true }) });

      expect(squash(page.section('Étape').querySelector('.work-first')?.textContent)).toBe(
        'Pour passer à « Atelier tenu », qui facture la commune, enregistrez d’abord le diagnostic comme fait dans les activités.',
      );
      expect(await page.loader.getAllHarnesses(MatButtonHarness.with({ text: 'Passer à « Atelier tenu »' }))).toHaveLength(0);
      expect(await moveMenuItems(page)).toEqual(['Refusé (note requise)', 'Retiré (note requise)']);
    });

    it('offers a manager the next step with the note that overrides the missing work', async () => {
      const page = await openCommunePage({ engagement: unfinished({ diagnosticDone: false, workshopDone: false }) });
      expect(page.section('Étape').querySelector('.work-first')).toBeNull();

      await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Passer à « Atelier tenu »' }))).click();
      const dialog = await page.documentLoader.getHarness(MatDialogHarness);
      expect(await dialog.getContentText()).toContain('Ni le diagnostic ni un atelier ne sont enregistrés comme faits.');
      await (await dialog.getHarness(MatInputHarness)).setValue('Diagnostic remis sur papier');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer outre' }))).click();
      await page.settle();

      const request = page.http.expectOne(TRANSITIONS_URL);
      expect(request.request.body).toEqual({ to: 'workshop_held', version: 3, note: 'Diagnostic remis sur papier' });
      request.flush(aTransitionResult({ stage: 'workshop_held', version: 4 }));
      await page.settle();
      page.http.expectOne(ENGAGEMENT_URL).flush(anEngagement({ stage: 'workshop_held', version: 4 }));
      await page.settle();
      expect(currentStep(page)).toBe('Atelier tenu');
    });
  });

  it.each([
    ['a consultant outside the team', aUser(['consultant'], { consultantId: JULIEN.id })],
    ['finance', aUser(['finance'])],
    ['an administrator', aUser(['admin'])],
  ])('offers no move to %s', async (_who, user) => {
    const page = await openCommunePage({ user });
    expect(page.section('Étape').querySelectorAll('button')).toHaveLength(0);
    expect(currentStep(page)).toBe('Diagnostic demandé');
  });

  it('shows a closed engagement, where it stopped, and lets a manager reopen it with a note', async () => {
    const page = await openCommunePage({
      engagement: anEngagement({
        stage: 'declined',
        stageEnteredAt: '2019-06-01T08:00:00.000Z',
        timeline: [
          ...GEMBLOUX_TIMELINE,
          { kind: 'stage-change', at: '2019-06-01T08:00:00.000Z', actor: null, summary: '', details: { from: 'diagnostic_requested', to: 'declined', note: 'Pas de budget' } },
        ],
      }),
    });

    expect(squash(page.section('Étape').querySelector('.closed')?.textContent)).toBe('Engagement clos : Refusé, depuis le 01/06/2019.');
    expect(page.section('Étape').querySelector('[aria-current]')).toBeNull();
    expect(steps(page)[2]).toBe('Diagnostic demandé [arrêté à cette étape]');
    expect(await moveMenuItems(page)).toEqual([
      'Questionnaire envoyé (note requise)',
      'Questionnaire complété (note requise)',
      'Diagnostic demandé (note requise)',
      'Atelier tenu (note requise)',
      'Accompagnement (note requise)',
    ]);
  });
});
