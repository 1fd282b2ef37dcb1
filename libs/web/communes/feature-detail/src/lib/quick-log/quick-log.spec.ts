import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { aUser } from '@bep/web/auth/data-access/testing';
import { anActivity, anEngagement, CAMILLE, DONE_CALL, ENGAGEMENT_ID } from '@bep/web/communes/data-access/testing';
import { configureCommunePage, openCommunePage, type OpenPage } from '../../testing/commune-page-testing';

const ACTIVITIES = `/api/engagements/${ENGAGEMENT_ID}/activities`;
const CONSULTANT = aUser(['consultant'], { consultantId: CAMILLE.id });
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function openQuickLog(page: OpenPage, type: RegExp): Promise<MatDialogHarness> {
  await (await page.loader.getHarness(MatButtonHarness.with({ ancestor: 'bep-quick-log-buttons', text: type }))).click();
  return page.documentLoader.getHarness(MatDialogHarness);
}

describe('Quick log on the commune page', () => {
  beforeEach(() => configureCommunePage());

  it('puts what is due next and the quick log first, under the name, for a consultant of the team', async () => {
    const page = await openCommunePage({ user: CONSULTANT, activities: [DONE_CALL, anActivity()] });
    const quick = page.element().querySelector('header .quick');
    expect(squash(quick?.querySelector('bep-next-due-note')?.textContent)).toBe(
      // Its time (2019) has passed: late, in words.
      "À faire ensuite En retard · Diagnostic · Diagnostic à l'administration communale, prévu le 12/06/2019 14:00",
    );
    expect(Array.from(quick?.querySelectorAll('button') ?? []).map((button) => squash(button.textContent))).toEqual([
      'Appel – consigner pour Gembloux',
      'Note – consigner pour Gembloux',
      'Réunion – consigner pour Gembloux',
    ]);
  });

  it('shows neither to a user who may not log activities on the engagement', async () => {
    const page = await openCommunePage({ user: aUser(['finance']) });
    expect(page.element().querySelector('.quick')).toBeNull();
  });

  it('asks a note for its text, then saves it as done now and shows it in the history', async () => {
    const page = await openCommunePage({ user: CONSULTANT });
    const dialog = await openQuickLog(page, /^Note/);
    expect(await dialog.getTitleText()).toBe('Note · Gembloux');

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();
    expect(page.http.match(ACTIVITIES)).toHaveLength(0);
    expect(squash(document.querySelector('mat-dialog-container mat-error')?.textContent)).toBe('Saisissez la note.');

    await (await dialog.getHarness(MatInputHarness.with({ selector: 'textarea' }))).setValue('  La DG attend le rapport avant le conseil.  ');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();
    const request = page.http.expectOne(ACTIVITIES);
    expect(request.request.body).toEqual({
      type: 'note',
      subject: 'Note',
      scheduledAt: null,
      location: null,
      completed: true,
      outcome: 'La DG attend le rapport avant le conseil.',
      participants: { contactIds: [], consultantIds: [] },
    });
    const note = anActivity({ id: 'b3b3b3b3-0000-4000-8000-000000000003', type: 'note', subject: 'Note', scheduledAt: null, completedAt: '2019-06-03T10:00:00.000Z' });
    request.flush(note);
    await page.settle();
    await page.flushActivityRefresh([note], anEngagement());

    expect(await (await page.documentLoader.getHarness(MatSnackBarHarness)).getMessage()).toBe('Note enregistrée pour Gembloux.');
    expect(await page.documentLoader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    expect(squash(page.section('Activités').textContent)).toContain('Note');
  });

  it('keeps the dialog open and says why when the server refuses, and sends a meeting without outcome when nothing is typed', async () => {
    const page = await openCommunePage({ user: CONSULTANT });
    const dialog = await openQuickLog(page, /^Réunion/);
    expect(document.querySelector('mat-dialog-container mat-button-toggle-group')).toBeNull();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Enregistrer' }))).click();

    const request = page.http.expectOne(ACTIVITIES);
    expect(request.request.body).toMatchObject({ type: 'meeting', subject: 'Réunion', outcome: null, completed: true });
    request.flush(
      { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only the consultants assigned to this engagement, or a manager, may log an activity.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await page.settle();

    expect(squash(document.querySelector('mat-dialog-container [role="alert"]')?.textContent)).toContain("L'enregistrement a échoué.");
    expect(await page.documentLoader.getAllHarnesses(MatDialogHarness)).toHaveLength(1);
  });
});
