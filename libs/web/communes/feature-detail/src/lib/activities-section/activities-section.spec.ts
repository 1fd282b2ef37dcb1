import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { aUser } from '@bep/web/auth/data-access/testing';
import { aContact, anActivity, anEngagement, CAMILLE, DONE_CALL, ENGAGEMENT_ID, JULIEN } from '@bep/web/communes/data-access/testing';
import { configureCommunePage, openCommunePage, squash, type OpenPage } from '../../testing/commune-page-testing';

const CREATE_URL = `/api/engagements/${ENGAGEMENT_ID}/activities`;

const lists = (page: OpenPage) =>
  Array.from(page.section('Activités').querySelectorAll('h3'))
    .filter((heading) => heading.textContent !== 'Nouvelle activité')
    .map((heading) => ({
      heading: squash(heading.textContent),
      items: Array.from(heading.parentElement?.querySelectorAll('bep-activity-card .head') ?? []).map((head) => squash(head.textContent)),
    }));

async function field(page: OpenPage, label: string): Promise<MatFormFieldHarness> {
  return page.loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
}

async function type(page: OpenPage, label: string, value: string): Promise<void> {
  await ((await (await field(page, label)).getControl(MatInputHarness)) as MatInputHarness).setValue(value);
}

async function choose(page: OpenPage, label: string, option: string): Promise<void> {
  const select = (await (await field(page, label)).getControl(MatSelectHarness)) as MatSelectHarness;
  await select.open();
  await select.clickOptions({ text: option });
}

/** A button of the activities section (the contacts have buttons of the same name). */
const button = async (page: OpenPage, text: string) => (await page.loader.getChildLoader('bep-activities-section')).getHarness(MatButtonHarness.with({ text }));

const facts = (card: Element) =>
  Array.from(card.querySelectorAll('.facts > div')).map((fact) => `${squash(fact.querySelector('dt')?.textContent)}: ${squash(fact.querySelector('dd')?.textContent)}`);

describe('ActivitiesSection', () => {
  beforeEach(() => configureCommunePage());

  it('splits the activities into upcoming and done, with when, where, who and what came of them', async () => {
    const page = await openCommunePage({ activities: [DONE_CALL, anActivity({ location: 'Hôtel de ville de Gembloux, salle du collège' })] });

    expect(lists(page)).toEqual([
      { heading: 'À venir', items: ["Diagnostic Diagnostic à l'administration communale En retard"] },
      { heading: 'Réalisées', items: ['Appel Appel au directeur général'] },
    ]);
    const [upcoming, done] = Array.from(page.section('Activités').querySelectorAll('bep-activity-card'));
    expect(squash(upcoming.querySelector('.when')?.textContent)).toBe('12/06/2019 14:00 · 240 min');
    expect(facts(upcoming)).toEqual(['Lieu: Hôtel de ville de Gembloux, salle du collège', 'Participants: Marie Lefèvre, Camille Dubois']);
    expect(facts(done)).toEqual(['Participants: Camille Dubois', 'Résultat: Accord pour un diagnostic en juin']);
    expect(squash(done.querySelector('.by')?.textContent)).toBe('Consignée par Camille Dubois');
  });

  it('says when there is nothing planned or done', async () => {
    const page = await openCommunePage({ activities: [] });
    expect(page.section('Activités').textContent).toContain('Aucune activité prévue.');
    expect(page.section('Activités').textContent).toContain('Aucune activité réalisée pour le moment.');
  });

  it('says why the activities could not be loaded', async () => {
    const page = await openCommunePage({ fail: { activities: 500 } });
    expect(page.section('Activités').querySelector('[role="alert"]')?.textContent).toContain('Impossible de charger les activités.');
  });

  it.each([
    ['a manager', aUser(['manager']), true],
    ['the lead consultant', aUser(['consultant'], { consultantId: CAMILLE.id }), true],
    ['a consultant outside the team', aUser(['consultant'], { consultantId: JULIEN.id }), false],
    ['finance', aUser(['finance']), false],
  ])('shows the form and the actions to %s only if allowed', async (_who, user, allowed) => {
    const page = await openCommunePage({ user, activities: [anActivity()] });
    expect(page.section('Activités').querySelector('bep-activity-form') !== null).toBe(allowed);
    expect(page.section('Activités').querySelectorAll('bep-activity-card button').length).toBe(allowed ? 2 : 0);
  });

  it('schedules a diagnostic at a Brussels time and place, with its participants', async () => {
    const page = await openCommunePage({ contacts: [aContact()], activities: [] });

    await choose(page, 'Type', 'Diagnostic');
    expect(await (await page.loader.getHarness(MatCheckboxHarness.with({ label: 'Déjà réalisée' }))).isChecked()).toBe(false);
    await type(page, 'Objet', "Diagnostic à l'administration communale");
    await type(page, 'Date', '12/06/2030');
    await type(page, 'Heure', '14:00');
    expect(await (await field(page, 'Lieu')).getTextHints()).toEqual(['Adresse, salle ou «\u00a0Visioconférence\u00a0»']);
    await type(page, 'Lieu', '  Hôtel de ville de Gembloux ');
    await (await page.loader.getHarness(MatCheckboxHarness.with({ label: 'Marie Lefèvre' }))).check();
    await (await page.loader.getHarness(MatCheckboxHarness.with({ label: 'Camille Dubois' }))).check();
    await (await button(page, 'Planifier')).click();

    const request = page.http.expectOne(CREATE_URL);
    expect(request.request.body).toEqual({
      type: 'diagnostic',
      subject: "Diagnostic à l'administration communale",
      scheduledAt: '2030-06-12T14:00',
      location: 'Hôtel de ville de Gembloux',
      completed: false,
      outcome: null,
      participants: { contactIds: [aContact().id], consultantIds: [CAMILLE.id] },
    });
    const created = anActivity({ scheduledAt: '2030-06-12T12:00:00.000Z' });
    request.flush(created);
    await page.settle();
    await page.flushActivityRefresh([created], anEngagement());

    expect(lists(page)[0].items).toEqual(["Diagnostic Diagnostic à l'administration communale"]);
    expect(await (await page.documentLoader.getHarness(MatSnackBarHarness)).getMessage()).toBe(
      "Activité enregistrée\u00a0: Diagnostic à l'administration communale.",
    );
    // The form is ready for the next one: empty, back to a note, and without error messages.
    expect(await ((await (await field(page, 'Objet')).getControl(MatInputHarness)) as MatInputHarness).getValue()).toBe('');
    expect(await ((await (await field(page, 'Lieu')).getControl(MatInputHarness)) as MatInputHarness).getValue()).toBe('');
    expect(await (await field(page, 'Objet')).getTextErrors()).toEqual([]);
    expect(await (await field(page, 'Date')).getTextErrors()).toEqual([]);
    expect(await (await field(page, 'Heure')).getTextErrors()).toEqual([]);
    expect(await (await button(page, 'Consigner')).isDisabled()).toBe(false);
  });

  it('logs a note that is done at once, with its outcome and a duration', async () => {
    const page = await openCommunePage({ activities: [] });
    await type(page, 'Objet', 'La commune préfère un atelier en septembre');
    await type(page, 'Durée (minutes)', '15');
    await type(page, 'Résultat', 'Atelier à fixer');
    await (await button(page, 'Consigner')).click();

    expect(page.http.expectOne(CREATE_URL).request.body).toEqual({
      type: 'note',
      subject: 'La commune préfère un atelier en septembre',
      scheduledAt: null,
      location: null,
      completed: true,
      outcome: 'Atelier à fixer',
      durationMinutes: 15,
      participants: { contactIds: [], consultantIds: [] },
    });
  });

  it('asks for a subject, and for the time of what is planned, before sending anything', async () => {
    const page = await openCommunePage({ activities: [] });
    await choose(page, 'Type', 'Atelier');
    await (await button(page, 'Planifier')).click();

    expect(await (await field(page, 'Objet')).getTextErrors()).toEqual(["Saisissez l'objet."]);
    expect(await (await field(page, 'Date')).getTextErrors()).toEqual(['Indiquez la date.']);
    expect(await (await field(page, 'Heure')).getTextErrors()).toEqual(["Indiquez l'heure."]);
    page.http.expectNone(CREATE_URL);
  });

  it('asks for the time of a day given to what is done, and refuses a day typed month first', async () => {
    const page = await openCommunePage({ activities: [] });
    await type(page, 'Objet', 'Appel au secrétariat');
    await type(page, 'Date', '03/24/2026');
    // Leaving the field, as the click on the button does in a browser.
    await ((await (await field(page, 'Date')).getControl(MatInputHarness)) as MatInputHarness).blur();
    await (await button(page, 'Consigner')).click();
    expect(await (await field(page, 'Date')).getTextErrors()).toEqual(['Date attendue au format jj/mm/aaaa, par exemple 24/03/2026']);
    page.http.expectNone(CREATE_URL);

    await type(page, 'Date', '24/03/2026');
    await (await button(page, 'Consigner')).click();
    expect(await (await field(page, 'Heure')).getTextErrors()).toEqual(["Indiquez l'heure."]);
    page.http.expectNone(CREATE_URL);

    await type(page, 'Heure', '9:05');
    await (await button(page, 'Consigner')).click();
    expect(page.http.expectOne(CREATE_URL).request.body).toMatchObject({ scheduledAt: '2026-03-24T09:05', completed: true });
  });

  it('refuses a place over 200 characters before sending, and shows a place the server refuses on its field', async () => {
    const page = await openCommunePage({ activities: [] });
    await type(page, 'Objet', 'Appel au secrétariat');
    await type(page, 'Lieu', 'x'.repeat(201));
    await (await button(page, 'Consigner')).click();
    expect(await (await field(page, 'Lieu')).getTextErrors()).toEqual(['Le lieu compte au plus 200 caractères.']);
    page.http.expectNone(CREATE_URL);

    await type(page, 'Lieu', 'Salle B');
    await (await button(page, 'Consigner')).click();
    page.http
      .expectOne(CREATE_URL)
      .flush({ type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ path: 'location', message: 'too long' }] }, { status: 400, statusText: 'Bad Request' });
    await page.settle();
    expect(await (await field(page, 'Lieu')).getTextErrors()).toEqual(['Valeur refusée\u00a0: too long']);
  });

  it('shows a time the server refuses on its field, and keeps the form', async () => {
    const page = await openCommunePage({ activities: [] });
    await choose(page, 'Type', 'Atelier');
    await type(page, 'Objet', 'Atelier');
    await type(page, 'Date', '31/03/2030');
    await type(page, 'Heure', '02:30');
    await (await button(page, 'Planifier')).click();
    page.http
      .expectOne(CREATE_URL)
      .flush(
        { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ path: 'scheduledAt', message: 'that Brussels time does not exist' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await page.settle();

    expect(await (await field(page, 'Date')).getTextErrors()).toEqual(['Valeur refusée\u00a0: that Brussels time does not exist']);
    expect(await ((await (await field(page, 'Objet')).getControl(MatInputHarness)) as MatInputHarness).getValue()).toBe('Atelier');
  });

  it('marks a planned activity as done with its outcome', async () => {
    const page = await openCommunePage({ activities: [anActivity()] });
    await (await button(page, 'Marquer comme réalisée')).click();
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe("Marquer «\u00a0Diagnostic à l'administration communale\u00a0» comme réalisée");
    await (await dialog.getHarness(MatInputHarness)).setValue('Diagnostic remis');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Marquer comme réalisée' }))).click();
    await page.settle();

    const request = page.http.expectOne(`/api/activities/${anActivity().id}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ completed: true, outcome: 'Diagnostic remis' });
    request.flush(anActivity({ completedAt: '2019-06-12T16:00:00.000Z', outcome: 'Diagnostic remis' }));
    await page.settle();
    expect(document.activeElement?.id).toBe('activities-heading');
    await page.flushActivityRefresh([anActivity({ completedAt: '2019-06-12T16:00:00.000Z', outcome: 'Diagnostic remis' })]);
    expect(lists(page)[1].items).toEqual(["Diagnostic Diagnostic à l'administration communale"]);
  });

  it('deletes an activity after confirmation, and says when that fails', async () => {
    const page = await openCommunePage({ activities: [anActivity()] });
    await (await button(page, 'Supprimer')).click();
    const confirm = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await confirm.getTitleText()).toBe('Supprimer cette activité\u00a0?');
    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Supprimer' }))).click();
    await page.settle();

    page.http
      .expectOne((request) => request.method === 'DELETE')
      .flush({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only the consultants assigned...' }, { status: 403, statusText: 'Forbidden' });
    await page.settle();
    expect(squash(page.section('Activités').querySelector('[role="alert"]')?.textContent)).toBe(
      "L'action sur « Diagnostic à l'administration communale » a échoué. Vous n'avez pas le droit de faire cette action sur cette commune.",
    );
  });
});
