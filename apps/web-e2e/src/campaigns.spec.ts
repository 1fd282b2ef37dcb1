import type { Page } from '@playwright/test';
import { expectNoSeriousViolation } from './support/accessibility';
import { saveScreenshots } from './support/screenshots';
import { signIn } from './support/sign-in';
import { expect, test } from './support/test';

// The demo's campaign is "Radioscopie numérique 2026", current and open. This journey adds
// "Radioscopie numérique 2027" and leaves it archived, so that the other specs still see the demo
// campaign as the current one, alone in the switchers.

const NAME = 'Radioscopie numérique 2027';
const said = (page: Page) => page.locator('mat-snack-bar-container');
const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

test.describe('Campagnes', () => {
  test('a manager creates a campaign, sees its engagements on the board, edits its deadline, closes it and archives it', async ({ page }) => {
    // A long journey through four pages, with screenshots at three widths.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'manager@bep.demo');
    await page.getByRole('navigation').getByRole('link', { name: 'Campagnes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Campagnes' })).toBeVisible();
    const demo = row(page, 'Radioscopie numérique 2026');
    await expect(demo).toContainText('Courante');
    await expect(demo).toContainText('Ouverte');
    await expect(demo).toContainText('Du 23/02/2026 au 31/10/2026');
    await expect(demo).toContainText('37');
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'campaigns');
    await page.setViewportSize({ width: 1440, height: 900 });

    // A new campaign: dates through the fr-BE picker's format, amounts in euros with a decimal comma.
    await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle campagne' })).toBeVisible();
    await page.getByLabel('Nom', { exact: true }).fill(NAME);
    await page.getByLabel('Début', { exact: true }).fill('26/04/2027');
    await page.getByLabel('Fin', { exact: true }).fill('31/12/2027');
    await page.getByLabel('Échéance', { exact: true }).fill('17/12/2027');
    await page.getByLabel('Prix du diagnostic (€)').fill('5 200,00');
    await page.getByLabel('Enveloppe du BEP (€)').fill('30 000,00');
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'campaign-form');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Créer la campagne' }).click();
    await expect(said(page)).toHaveText(`« ${NAME} » est créée : 37 engagements ouverts.`);
    await expect(page).toHaveURL(/\/campagnes$/);
    const created = row(page, NAME);
    await expect(created).toContainText('Ouverte');
    await expect(created).toContainText('Du 26/04/2027 au 31/12/2027');
    await expect(created).toContainText('0,00 € engagés sur 30 000,00 €');
    await expect(created).not.toContainText('Courante');

    // The board shows the current campaign until the switcher names the new one: its 37 engagements, all just opened.
    await page.goto('/pipeline');
    await expect(page.getByRole('region', { name: /^Questionnaire envoyé \(28 communes\)/ })).toBeVisible();
    const switcher = page.getByRole('combobox', { name: 'Campagne' });
    await expect(switcher).toHaveText('Radioscopie numérique 2026 (courante)');
    await switcher.click();
    await page.getByRole('option', { name: NAME }).click();
    await expect(switcher).toHaveText(NAME);
    await expect(page).toHaveURL(/[?&]campagne=[0-9a-f-]{36}/);
    await expect(page.getByRole('region', { name: /^Questionnaire envoyé \(37 communes\)/ })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Diagnostic demandé \(0 commune\)/ })).toBeVisible();
    const boardOfNewCampaign = page.url();

    // Its deadline moves; the form sends only that.
    await page.goto('/campagnes');
    await row(page, NAME).getByRole('link', { name: `Modifier « ${NAME} »` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Modifier « ${NAME} »` })).toBeVisible();
    await expect(page.getByLabel('Prix du diagnostic (€)')).toHaveValue('5200,00');
    await page.getByLabel('Échéance', { exact: true }).fill('24/12/2027');
    const patch = page.waitForRequest((request) => request.method() === 'PATCH' && request.url().includes('/api/campaigns/'));
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    expect((await patch).postDataJSON()).toEqual({ deadline: '2027-12-24' });
    await expect(said(page)).toHaveText(`« ${NAME} » est enregistrée.`);

    // Closed, once confirmed: the list says so, and so does the board that shows it.
    await page.goto('/campagnes');
    await row(page, NAME).getByRole('button', { name: `Clôturer « ${NAME} »` }).click();
    const dialog = page.getByRole('dialog', { name: `Clôturer « ${NAME} » ?` });
    await expect(dialog).toContainText('ses rappels en attente seront annulés');
    await dialog.getByRole('button', { name: 'Clôturer' }).click();
    await expect(said(page)).toHaveText(`« ${NAME} » est clôturée : plus de retards comptés ni de rappels envoyés.`);
    await expect(row(page, NAME)).toContainText('Clôturée');
    await expect(row(page, NAME)).toContainText('Échéance le 24/12/2027');
    await page.goto(boardOfNewCampaign);
    await expect(page.getByRole('status').filter({ hasText: `« ${NAME} » est clôturée` })).toBeVisible();

    // Archived, once confirmed: read-only, and out of the switchers.
    await page.goto('/campagnes');
    await row(page, NAME).getByRole('button', { name: `Archiver « ${NAME} »` }).click();
    await page.getByRole('dialog', { name: `Archiver « ${NAME} » ?` }).getByRole('button', { name: 'Archiver' }).click();
    await expect(said(page)).toHaveText(`« ${NAME} » est archivée.`);
    await expect(row(page, NAME)).toContainText('Archivée');
    await expect(row(page, NAME).getByRole('button')).toHaveCount(0);
    await row(page, NAME).getByRole('link', { name: `Consulter « ${NAME} »` }).click();
    await expect(page.getByText('Cette campagne est archivée : ses réglages ne changent plus.')).toBeVisible();
    await expect(page.getByLabel('Échéance', { exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0);
    // The demo campaign is again the only one to show: nothing to choose.
    await page.goto('/pipeline');
    await expect(page.getByRole('region', { name: /^Questionnaire envoyé \(28 communes\)/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Campagne' })).toHaveCount(0);
  });
});
