import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { Role } from '@bep/contracts';
import { aUser } from '@bep/web/auth/data-access/testing';
import { aContact, CAMILLE, GEMBLOUX_NIS, PAUL } from '@bep/web/communes/data-access/testing';
import { ACTIVITIES_URL, configureCommunePage, CONTACTS_URL, openCommunePage, page as listOf, squash, type OpenPage } from '../../testing/commune-page-testing';

const buttonsOf = (page: OpenPage) => Array.from(page.section('Contacts').querySelectorAll('button')).map((button) => squash(button.textContent));

async function dialogField(page: OpenPage, label: string): Promise<MatFormFieldHarness> {
  const dialog = await page.documentLoader.getHarness(MatDialogHarness);
  return dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
}

async function fill(page: OpenPage, label: string, value: string): Promise<void> {
  const control = (await (await dialogField(page, label)).getControl(MatInputHarness)) as MatInputHarness;
  await control.setValue(value);
}

async function clickInDialog(page: OpenPage, text: string): Promise<void> {
  const dialog = await page.documentLoader.getHarness(MatDialogHarness);
  await (await dialog.getHarness(MatButtonHarness.with({ text }))).click();
}

describe('ContactsSection', () => {
  beforeEach(() => configureCommunePage());

  it('lists the contacts with their function, how to reach them and the binôme', async () => {
    const page = await openCommunePage({ contacts: [aContact(), PAUL] });
    const items = Array.from(page.section('Contacts').querySelectorAll('.contact'));

    expect(squash(items[0].querySelector('.who')?.textContent)).toBe("Marie Lefèvre Binôme Agent de l'administration");
    expect(items[0].querySelector('a[href="mailto:marie.lefevre@gembloux.be"]')?.textContent).toBe('marie.lefevre@gembloux.be');
    // Stored in E.164, shown the Belgian way on one line, dialled as stored.
    expect(items[0].querySelector('a[href="tel:+3281626364"]')?.textContent).toBe('081\u00a062\u00a063\u00a064');
    expect(squash(items[1].querySelector('.who')?.textContent)).toBe('Paul Henry Binôme Échevin');
    expect(items[1].querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('says when the commune has no contact', async () => {
    const page = await openCommunePage({ contacts: [] });
    expect(page.section('Contacts').textContent).toContain("Aucun contact n'est enregistré pour cette commune.");
  });

  it.each([
    [['manager'], ['Ajouter un contact', 'Modifier', 'Supprimer', 'Exporter', 'Effacer les données personnelles']],
    [['admin'], ['Exporter', 'Effacer les données personnelles']],
    [['consultant'], []],
    [['finance'], []],
  ] as [Role[], string[]][])('gives %s the actions %j', async (roles, buttons) => {
    const page = await openCommunePage({ user: aUser(roles) });
    expect(buttonsOf(page)).toEqual(buttons);
  });

  it('lets a consultant of the team add a contact, and nothing more', async () => {
    const page = await openCommunePage({ user: aUser(['consultant'], { consultantId: CAMILLE.id }) });
    expect(buttonsOf(page)).toEqual(['Ajouter un contact']);
  });

  it('says what deleting and erasing each do where both buttons stand, and only there', async () => {
    const manager = await openCommunePage();
    const explanation = manager.section('Contacts').querySelector('#delete-or-erase');
    expect(squash(explanation?.textContent)).toContain('« Supprimer » retire le contact de la liste de la commune.');
    expect(squash(explanation?.textContent)).toContain('remplace le nom par « Contact effacé »');
    const described = Array.from(manager.section('Contacts').querySelectorAll('[aria-describedby="delete-or-erase"]')).map((button) => squash(button.textContent));
    expect(described).toEqual(['Supprimer', 'Effacer les données personnelles']);
  });

  it('names the contact in the label of each action', async () => {
    const page = await openCommunePage();
    const labels = Array.from(page.section('Contacts').querySelectorAll('.actions button')).map((button) => button.getAttribute('aria-label'));
    expect(labels).toEqual([
      'Modifier Marie Lefèvre',
      'Supprimer Marie Lefèvre',
      'Exporter les données de Marie Lefèvre (RGPD)',
      'Effacer les données personnelles de Marie Lefèvre (RGPD)',
    ]);
  });

  it('adds a contact, asking for an e-mail or a phone number first', async () => {
    const page = await openCommunePage({ contacts: [] });
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Ajouter un contact' }))).click();
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Nouveau contact');

    await fill(page, 'Nom', 'Paul Henry');
    const role = (await (await dialogField(page, 'Fonction')).getControl(MatSelectHarness)) as MatSelectHarness;
    await role.open();
    await role.clickOptions({ text: 'Échevin' });
    await clickInDialog(page, 'Ajouter le contact');
    expect(await (await dialogField(page, 'Adresse e-mail')).getTextErrors()).toEqual(['Indiquez une adresse e-mail ou un numéro de téléphone.']);
    page.http.expectNone(`/api/communes/${GEMBLOUX_NIS}/contacts`);

    await fill(page, 'Téléphone', '081 00 00 00');
    await (await dialog.getHarness(MatCheckboxHarness)).check();
    await clickInDialog(page, 'Ajouter le contact');
    const request = page.http.expectOne((candidate) => candidate.method === 'POST' && candidate.url === `/api/communes/${GEMBLOUX_NIS}/contacts`);
    expect(request.request.body).toEqual({ name: 'Paul Henry', function: 'echevin', email: null, phone: '081 00 00 00', isBinome: true });
    request.flush(PAUL);
    await page.settle();
    page.http.expectOne(CONTACTS_URL).flush(listOf([PAUL]));
    await page.settle();

    expect(await page.documentLoader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    expect(page.section('Contacts').textContent).toContain('Paul Henry');
  });

  it('shows the server refusals on their field and keeps what was typed', async () => {
    const page = await openCommunePage();
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Modifier' }))).click();
    await fill(page, 'Téléphone', '12');
    await clickInDialog(page, 'Enregistrer');
    const request = page.http.expectOne((candidate) => candidate.method === 'PATCH');
    expect(request.request.url).toBe(`/api/contacts/${aContact().id}`);
    request.flush(
      { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ path: 'phone', message: 'not a valid phone number' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.settle();

    const phone = await dialogField(page, 'Téléphone');
    expect(await phone.getTextErrors()).toEqual(['Valeur refusée\u00a0: not a valid phone number']);
    expect(await ((await phone.getControl(MatInputHarness)) as MatInputHarness).getValue()).toBe('12');
  });

  it('says under the checkbox that the binôme is full (422)', async () => {
    const page = await openCommunePage();
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Modifier' }))).click();
    await clickInDialog(page, 'Enregistrer');
    page.http
      .expectOne((candidate) => candidate.method === 'PATCH')
      .flush({ type: 'urn:bep:contact-rule:binome-size', title: 'Contact rule broken', status: 422 }, { status: 422, statusText: 'Unprocessable' });
    await page.settle();
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain('La commune compte déjà deux membres du binôme.');
  });

  it('erases a contact after confirmation, then reloads the contacts and the activities', async () => {
    const page = await openCommunePage();
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Effacer les données personnelles' }))).click();
    const confirm = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await confirm.getTitleText()).toBe('Effacer les données de Marie Lefèvre\u00a0?');
    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Effacer définitivement' }))).click();
    await page.settle();

    page.http.expectOne(`/api/contacts/${aContact().id}/erase`).flush(aContact({ name: 'Contact effacé', erasedAt: '2019-06-01T10:00:00.000Z' }));
    await page.settle();
    // The erased contact's buttons are gone: the focus waits on the section's heading.
    expect(document.activeElement?.id).toBe('contacts-heading');
    page.http.expectOne(CONTACTS_URL).flush(listOf([]));
    page.http.expectOne(ACTIVITIES_URL).flush(listOf([]));
    await page.settle();
    expect(page.section('Contacts').textContent).toContain("Aucun contact n'est enregistré pour cette commune.");
  });

  it('explains why a contact who took part in activities cannot be deleted (409)', async () => {
    const page = await openCommunePage();
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Supprimer' }))).click();
    await (await (await page.documentLoader.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Supprimer' }))).click();
    await page.settle();
    page.http
      .expectOne((candidate) => candidate.method === 'DELETE')
      .flush({ type: 'urn:bep:contact-referenced', title: 'Conflict', status: 409, detail: 'Other records refer to this contact.' }, { status: 409, statusText: 'Conflict' });
    await page.settle();

    expect(squash(page.section('Contacts').querySelector('[role="alert"]')?.textContent)).toBe(
      "L'action sur Marie Lefèvre a échoué. Ce contact a participé à des activités : il ne peut pas être supprimé. Effacez plutôt ses données personnelles (RGPD).",
    );
  });

  it('downloads the GDPR export as a JSON file', async () => {
    const page = await openCommunePage();
    const createObjectURL = jest.fn(() => 'blob:export');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Exporter' }))).click();
    const exported = { exportedAt: '2019-06-01T10:00:00.000Z', contact: aContact(), commune: { nis: GEMBLOUX_NIS, name: 'Gembloux' }, history: [] };
    page.http.expectOne(`/api/contacts/${aContact().id}/export`).flush(exported);
    await page.settle();

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe(`contact-${aContact().id}.json`);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:export');
    click.mockRestore();
  });
});
