import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolation } from './support/accessibility';
import { saveScreenshots } from './support/screenshots';
import { signIn } from './support/sign-in';
import { expect, test } from './support/test';

/*
 * Wording and formats: dates are typed day first through a date picker that speaks the interface
 * language (whatever the browser's own locale: this spec runs an American browser), and English
 * mode leaves no French label. Run on the demo's calendar (Tuesday 17 March 2026).
 */

test.use({ locale: 'en-US' });

/** The calendar the picker opens, and its weekday headers as screen readers hear them. */
function calendar(page: Page): Locator {
  return page.getByRole('dialog').filter({ has: page.locator('mat-calendar') });
}

async function weekdays(page: Page): Promise<string[]> {
  return calendar(page).locator('.mat-calendar-table-header th .cdk-visually-hidden').allInnerTexts();
}

test.describe('Dates and words', () => {
  test.beforeEach(async ({ page }) => {
    // Several pages, a language switch, axe and screenshots at three widths per test.
    test.slow();
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('a manager filters the reminders sent over a period typed day first; a date typed month first is refused', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    await page.goto('/rappels/envoyes');
    const filters = page.getByRole('search', { name: 'Filtrer les rappels' });
    const from = filters.getByLabel('Du', { exact: true });
    const to = filters.getByLabel('Au', { exact: true });

    // Chosen in the calendar: a French month starting on Monday.
    await filters.getByRole('button', { name: 'Ouvrir le calendrier' }).first().click();
    await expect(calendar(page)).toBeVisible();
    expect(await weekdays(page)).toEqual(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
    await expect(calendar(page).getByRole('button', { name: 'Choisir l\'année et le mois' })).toHaveText(/mars 2026/i);
    await calendar(page).getByRole('button', { name: 'lundi 2 mars 2026' }).click();
    await expect(from).toHaveValue('02/03/2026');

    // Typed month first, as a browser in American English would write it: refused, in words.
    await to.fill('03/24/2026');
    await to.blur();
    await expect(filters.getByText('Date attendue au format jj/mm/aaaa, par exemple 24/03/2026')).toBeVisible();
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await filters.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/\/rappels\/envoyes$/);

    // Typed day first: the list is asked for those calendar days.
    await to.fill('24/03/2026');
    await to.blur();
    await expect(filters.getByText('jj/mm/aaaa').first()).toBeVisible();
    await filters.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/\/rappels\/envoyes\?du=2026-03-02&au=2026-03-24$/);
    await expect(from).toHaveValue('02/03/2026');
    await expect(to).toHaveValue('24/03/2026');
    await expectNoSeriousViolation(page);
  });

  test('finance opens the batch export calendar, in French then in English, and it fits a phone', async ({ page }) => {
    await signIn(page, 'finance@bep.demo');
    await page.goto('/factures');
    // "Export groupé (ZIP)", then "Batch export (ZIP)" in English.
    const batch = page.getByRole('region', { name: /\(ZIP\)$/ });
    await expect(batch.getByLabel('Émises du')).toHaveValue(/^\d{2}\/\d{2}\/2026$/);

    await batch.getByRole('button', { name: 'Ouvrir le calendrier' }).first().click();
    await expect(calendar(page)).toBeVisible();
    expect((await weekdays(page))[0]).toBe('lundi');
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'date-picker-fr');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.keyboard.press('Escape');
    await expect(calendar(page)).toBeHidden();

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(batch.getByText('dd/mm/yyyy').first()).toBeVisible();
    await batch.getByRole('button', { name: 'Open calendar' }).first().click();
    expect(await weekdays(page)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    await expect(calendar(page).getByRole('button', { name: 'Choose month and year' })).toHaveText(/feb 2026/i);
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'date-picker-en');
  });

  test('in English, the municipalities list and the dashboard show no French label', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.goto('/communes');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Municipalities' })).toBeVisible();
    await expect(main.getByRole('combobox', { name: 'District' })).toBeVisible();
    await expect(main.getByRole('columnheader', { name: /District/ })).toBeVisible();
    await expect(main).not.toContainText(/Arrondissement|Commune\b|Rechercher|Étape/);

    await page.goto('/tableau-de-bord');
    await expect(main.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(main).not.toContainText(/Arrondissement|Aujourd'hui|Semaine/);
    await expectNoSeriousViolation(page);
  });
});
