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

/** GET /api/campaigns/{id} as a move reads it: billing at Atelier tenu, the commune's share of the diagnostic 750,00 €. */
const BILLING_TERMS = { billingStage: 'workshop_held', prices: { diagnostic: { priceCents: 150_000, bepShareBp: 5000 } } };

/** Answers the read of the campaign's billing terms that a move makes before its questions. */
async function answerBillingTerms(page: OpenPage): Promise<void> {
  await page.settle();
  for (const request of page.http.match((r) => r.url.startsWith('/api/campaigns/'))) request.flush(BILLING_TERMS);
  await page.settle();
}

/** "Passer à « Atelier tenu »", which bills: confirmed in the dialog that says so. */
async function moveToWorkshopHeld(page: OpenPage): Promise<void> {
  await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Passer à «\u00a0Atelier tenu\u00a0»' }))).click();
  await answerBillingTerms(page);
  const dialog = await page.documentLoader.getHarness(MatDialogHarness);
  await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer et facturer' }))).click();
  await page.settle();
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

    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Passer à «\u00a0Atelier tenu\u00a0»' }))).click();
    await answerBillingTerms(page);
    // Atelier tenu is the campaign's billing stage: confirmed first, saying what is billed.
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    expect(squash(await dialog.getTitleText())).toBe('Passer à « Atelier tenu » ?');
    expect(squash(await dialog.getContentText())).toContain('un brouillon de facture de 750,00 € hors TVA');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer et facturer' }))).click();
    await page.settle();
    const request = page.http.expectOne(TRANSITIONS_URL);
    expect(request.request.body).toEqual({ to: 'workshop_held', version: 3 });
    request.flush(aTransitionResult({ stage: 'workshop_held', version: 4, stageEnteredAt: '2019-06-20T10:00:00.000Z' }));
    await page.settle();

    expect(currentStep(page)).toBe('Atelier tenu');
    const said = await page.documentLoader.getHarness(MatSnackBarHarness);
    expect(squash(await said.getMessage())).toBe('Gembloux : Diagnostic demandé → Atelier tenu');
    // A move that bills is not undone from its message.
    expect(await said.hasAction()).toBe(false);
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
    await answerBillingTerms(page);

    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Déplacer vers «\u00a0Refusé\u00a0»');
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

  it('offers a manager to undo a close from its message: a reopening, audited like any move, with its own message', async () => {
    const page = await openCommunePage();
    await (await page.loader.getHarness(MatMenuHarness.with({ triggerText: 'Déplacer vers…' }))).clickItem({ text: 'Refusé (note requise)' });
    await answerBillingTerms(page);
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatInputHarness)).setValue('La commune renonce');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Déplacer' }))).click();
    await page.settle();
    page.http.expectOne(TRANSITIONS_URL).flush(aTransitionResult({ stage: 'declined', version: 4, kind: 'close' }));
    await page.settle();
    page.http.expectOne(ENGAGEMENT_URL).flush(anEngagement({ stage: 'declined', version: 4 }));
    await page.settle();

    const said = await page.documentLoader.getHarness(MatSnackBarHarness);
    expect(squash(await said.getMessage())).toBe('Gembloux : Diagnostic demandé → Refusé');
    await said.dismissWithAction();
    await page.settle();
    const undo = page.http.expectOne(TRANSITIONS_URL);
    expect(undo.request.body).toEqual({ to: 'diagnostic_requested', version: 4, note: expect.any(String) });
    expect(squash(undo.request.body.note)).toBe('Déplacement vers « Refusé » annulé juste après (Annuler).');
    undo.flush(aTransitionResult({ stage: 'diagnostic_requested', version: 5, kind: 'reopen' }));
    await page.settle();
    page.http.expectOne(ENGAGEMENT_URL).flush(anEngagement({ stage: 'diagnostic_requested', version: 5 }));
    await page.settle();
    expect(currentStep(page)).toBe('Diagnostic demandé');
    expect(squash(await (await page.documentLoader.getHarness(MatSnackBarHarness)).getMessage())).toBe('Gembloux : déplacement annulé, retour à « Diagnostic demandé ».');
  });

  it('sends nothing when the note is cancelled', async () => {
    const page = await openCommunePage();
    await moveMenuItems(page);
    await (await page.loader.getHarness(MatMenuHarness.with({ triggerText: 'Déplacer vers…' }))).clickItem({ text: 'Retiré (note requise)' });
    await answerBillingTerms(page);
    await (await (await page.documentLoader.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
    await page.settle();
    page.http.expectNone(TRANSITIONS_URL);
  });

  it('reloads the engagement and says so when someone moved it first (409)', async () => {
    const page = await openCommunePage();
    await moveToWorkshopHeld(page);
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
    await moveToWorkshopHeld(page);
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

    expect(await page.loader.getHarness(MatButtonHarness.with({ text: 'Passer à «\u00a0Atelier tenu\u00a0»' }))).toBeTruthy();
    expect(await moveMenuItems(page)).toEqual(['Refusé (note requise)', 'Retiré (note requise)']);
  });

  describe('before the work of "Atelier tenu" is recorded as done', () => {
    const unfinished = (work: { diagnosticDone: boolean; workshopDone: boolean }) => anEngagement({ consultants: [{ ...CAMILLE, isLead: true }, { ...JULIEN, isLead: false }], work });

    it('tells a consultant what to record first, instead of the next step', async () => {
      const page = await openCommunePage({ user: aUser(['consultant'], { consultantId: JULIEN.id }), engagement: unfinished({ diagnosticDone: false, workshopDone: true }) });

      expect(squash(page.section('Étape').querySelector('.work-first')?.textContent)).toBe(
        "Pour passer à « Atelier tenu », qui facture la commune, enregistrez d'abord le diagnostic comme fait dans les activités.",
      );
      expect(await page.loader.getAllHarnesses(MatButtonHarness.with({ text: 'Passer à «\u00a0Atelier tenu\u00a0»' }))).toHaveLength(0);
      expect(await moveMenuItems(page)).toEqual(['Refusé (note requise)', 'Retiré (note requise)']);
    });

    it('offers a manager the next step with the note that overrides the missing work', async () => {
      const page = await openCommunePage({ engagement: unfinished({ diagnosticDone: false, workshopDone: false }) });
      expect(page.section('Étape').querySelector('.work-first')).toBeNull();

      await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Passer à «\u00a0Atelier tenu\u00a0»' }))).click();
      await answerBillingTerms(page);
      const dialog = await page.documentLoader.getHarness(MatDialogHarness);
      expect(await dialog.getContentText()).toContain('Ni le diagnostic ni un atelier ne sont enregistrés comme faits.');
      // The one question says what the override bills too.
      expect(squash(await dialog.getContentText())).toContain('un brouillon de facture de 750,00 € hors TVA');
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
