import type { Browser, Locator, Page } from '@playwright/test';
import { expectNoSeriousViolation } from './support/accessibility';
import { saveScreenshots } from './support/screenshots';
import { signIn } from './support/sign-in';
import { expect, test } from './support/test';

/*
 * A consultant's phone: Camille Dubois (consultant1) leads Gembloux. She logs a call from her card
 * on Mes communes in three taps on a 390 px phone, finds it in Gembloux's activities, and adds a
 * contact to Gembloux. The e2e database is shared by every spec of a run: the call and the contact
 * are deleted again before the test ends (the contact by a manager: a consultant may not delete one).
 */

const GEMBLOUX = '/communes/92142';
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Clicks and counts: a tap on a phone is a click here. */
function tapCounter() {
  let taps = 0;
  return {
    tap: async (target: Locator) => {
      await target.click();
      taps += 1;
    },
    count: () => taps,
  };
}

/** Deletes the contact as a manager, in a browser of their own: a consultant may only add contacts. */
async function deleteContactAsManager(browser: Browser, name: string): Promise<void> {
  const manager = await browser.newPage();
  await signIn(manager, 'manager@bep.demo');
  await manager.goto(GEMBLOUX);
  const contact = region(manager, 'Contacts').getByRole('listitem').filter({ hasText: name });
  await contact.getByRole('button', { name: `Supprimer ${name}` }).click();
  await manager.getByRole('dialog', { name: `Supprimer ${name} ?` }).getByRole('button', { name: 'Supprimer' }).click();
  await expect(contact).toHaveCount(0);
  await manager.close();
}

test.describe("A consultant's phone", () => {
  // Each test signs in, goes through two pages and leaves the demo as it found it: more than the default 30 s on a busy machine.
  test.slow();

  test('logs a call from Mes communes in three taps, sees it in the history, and adds a contact', async ({ page, browser }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'consultant1@bep.demo');
    await expect(page).toHaveURL(/\/mes-communes$/);

    const card = page.getByRole('article', { name: 'Gembloux', exact: true });
    // What is due next comes first on the card, with the quick log under it (the page's agenda stands
    // above the cards: reaching them is a swipe, not a tap).
    await expect(card.getByText('À faire ensuite')).toBeVisible();
    const call = card.getByRole('button', { name: 'Appel – consigner pour Gembloux' });
    await call.scrollIntoViewIfNeeded();
    await expect(call).toBeInViewport();

    const taps = tapCounter();
    await taps.tap(call);
    const dialog = page.getByRole('dialog', { name: 'Appel · Gembloux' });
    await expect(dialog).toBeVisible();
    // Full screen on a phone.
    expect((await dialog.boundingBox())?.width).toBeGreaterThanOrEqual(389);
    await expectNoSeriousViolation(page);
    await page.screenshot({ path: 'test-output/screenshots/consultant-quick-log-390.png' });
    await taps.tap(dialog.getByRole('radio', { name: 'Pas de réponse' }));
    await taps.tap(dialog.getByRole('button', { name: 'Enregistrer' }));
    await expect(dialog).toBeHidden();
    expect(taps.count()).toBeLessThanOrEqual(3);
    await expect(page.locator('mat-snack-bar-container')).toContainText('Appel enregistré pour Gembloux. Pas de réponse.');

    // In Gembloux's activities, among what was done, with its outcome; the quick log stands above them.
    await card.getByRole('link', { name: 'Gembloux' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gembloux' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Appel – consigner pour Gembloux' })).toBeInViewport();
    const logged = region(page, 'Activités').getByRole('listitem').filter({ hasText: 'Pas de réponse' });
    await expect(logged).toHaveCount(1);
    await expect(logged).toContainText('Appel');

    // She adds a contact to her commune; the phone typed the usual way comes back grouped, dialled in E.164.
    const contacts = region(page, 'Contacts');
    await contacts.getByRole('button', { name: 'Ajouter un contact' }).click();
    const form = page.getByRole('dialog', { name: 'Nouveau contact' });
    await form.getByLabel('Nom', { exact: true }).fill('Julie Masset');
    await form.getByRole('combobox', { name: 'Fonction' }).click();
    await page.getByRole('option', { name: 'Échevin' }).click();
    await form.getByLabel('Téléphone').fill('0470/12.34.56');
    await form.getByRole('button', { name: 'Ajouter le contact' }).click();
    await expect(form).toBeHidden();
    const julie = contacts.getByRole('listitem').filter({ hasText: 'Julie Masset' });
    const phone = julie.getByRole('link', { name: '0470 12 34 56' });
    await expect(phone).toHaveAttribute('href', 'tel:+32470123456');
    await expect(phone).toHaveText('0470\u00a012\u00a034\u00a056');
    // Adding is all she may do to a contact.
    await expect(julie.getByRole('button')).toHaveCount(0);

    // The pictures show what comes first: the top of the commune page, the card on Mes communes.
    await page.getByRole('heading', { level: 1, name: 'Gembloux' }).scrollIntoViewIfNeeded();
    await saveScreenshots(page, 'consultant-commune-page');
    await page.goto('/mes-communes');
    await card.scrollIntoViewIfNeeded();
    await saveScreenshots(page, 'consultant-my-communes');

    // Leave the demo as it was for the other specs.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(GEMBLOUX);
    const done = region(page, 'Activités').getByRole('listitem').filter({ hasText: 'Pas de réponse' });
    await done.getByRole('button', { name: /^Supprimer/ }).click();
    await page.getByRole('dialog', { name: 'Supprimer cette activité ?' }).getByRole('button', { name: 'Supprimer' }).click();
    await expect(done).toHaveCount(0);
    await deleteContactAsManager(browser, 'Julie Masset');
  });

  test('a manager reads, where both buttons stand, what deleting and erasing a contact each do', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    await page.goto(GEMBLOUX);
    const contacts = region(page, 'Contacts');
    await contacts.getByRole('button', { name: 'Ajouter un contact' }).click();
    const form = page.getByRole('dialog', { name: 'Nouveau contact' });
    await form.getByLabel('Nom', { exact: true }).fill('Luc Henrard');
    await form.getByRole('combobox', { name: 'Fonction' }).click();
    await page.getByRole('option', { name: 'Directeur financier' }).click();
    await form.getByLabel('Téléphone').fill('+32 81 62 63 64');
    await form.getByRole('button', { name: 'Ajouter le contact' }).click();
    await expect(form).toBeHidden();
    const luc = contacts.getByRole('listitem').filter({ hasText: 'Luc Henrard' });
    await expect(luc.getByRole('link', { name: '081 62 63 64' })).toHaveAttribute('href', 'tel:+3281626364');

    // Said once above the list, and pointed to by both buttons.
    await expect(contacts).toContainText('« Supprimer » retire le contact de la liste de la commune.');
    await expect(contacts).toContainText('« Effacer les données personnelles » (RGPD) remplace le nom par « Contact effacé »');
    const erase = luc.getByRole('button', { name: 'Effacer les données personnelles de Luc Henrard (RGPD)' });
    await expect(erase).toHaveAttribute('aria-describedby', 'delete-or-erase');
    await expect(luc.getByRole('button', { name: 'Supprimer Luc Henrard' })).toHaveAttribute('aria-describedby', 'delete-or-erase');
    await expectNoSeriousViolation(page);

    // The erasure's confirmation says it cannot be undone; cancelled here.
    await erase.click();
    const eraseConfirm = page.getByRole('dialog', { name: /^Effacer les données de Luc Henrard/ });
    await expect(eraseConfirm).toContainText('Cette action est irréversible.');
    await eraseConfirm.getByRole('button', { name: 'Annuler' }).click();

    // Leave the demo as it was: the deletion, whose confirmation says when it is refused.
    await luc.getByRole('button', { name: 'Supprimer Luc Henrard' }).click();
    const deleteConfirm = page.getByRole('dialog', { name: /^Supprimer Luc Henrard/ });
    await expect(deleteConfirm).toContainText('Si une activité cite ce contact, la suppression est refusée');
    await deleteConfirm.getByRole('button', { name: 'Supprimer' }).click();
    await expect(luc).toHaveCount(0);
    await expect(page.locator('#delete-or-erase')).toHaveCount(0);
  });
});
