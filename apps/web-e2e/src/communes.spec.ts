import { saveScreenshots } from './support/screenshots';
import { expect, test } from './support/test';
import { signIn } from './support/sign-in';

test.describe('Communes', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    await page.goto('/communes');
  });

  test('lists the 38 communes of the province with their stage', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: 'Communes' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Pipeline' })).toBeVisible();

    const table = page.getByRole('table', { name: 'Communes de la province de Namur' });
    const rows = table.locator('tbody').getByRole('row');
    await expect(rows).toHaveCount(38);
    await expect(page.getByRole('status').filter({ hasText: 'communes' })).toHaveText('38 communes');

    await expect(rows.filter({ hasText: 'Gembloux' })).toContainText('Diagnostic demandé');
    await saveScreenshots(page, 'communes');
  });

  test('filters the table by free text', async ({ page }) => {
    const rows = page.getByRole('table', { name: 'Communes de la province de Namur' }).locator('tbody').getByRole('row');
    await expect(rows).toHaveCount(38);

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('Gembloux');

    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Gembloux');
    await expect(page.getByText('1 commune sur 38')).toBeVisible();
  });

  test('finds a commune typed without its accent, and narrows to the commune outside the programme', async ({ page }) => {
    const rows = page.getByRole('table', { name: 'Communes de la province de Namur' }).locator('tbody').getByRole('row');
    await expect(rows).toHaveCount(38);

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('ANHEE');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Anhée');
    await expect(page).toHaveURL(/[?&]q=ANHEE/);

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('');
    await expect(rows).toHaveCount(38);
    await page.getByRole('combobox', { name: 'Étape' }).click();
    await page.getByRole('option', { name: 'Non éligible (hors catégorie)' }).click();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Namur');
    await expect(page.getByText('1 commune sur 38')).toBeVisible();
  });

  test('the stage filter shows its label whole, the accent of its capital É included', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    const field = page.locator('mat-form-field').filter({ has: page.getByRole('combobox', { name: 'Étape' }) });
    const label = field.locator('.mdc-floating-label');
    await expect(label).toHaveText('Étape');
    // The accent rises above the font's ascent, where the label's line box ends: the label may cut its
    // text sideways (for its ellipsis), never above that line, and the letters stay inside the field.
    const { cutAbove, inkTop, fieldTop } = await label.evaluate((element) => {
      const style = getComputedStyle(element);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) throw new Error('No 2D canvas to measure the label with');
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(element.textContent?.trim() ?? '');
      const inkAboveLine = Math.max(0, text.actualBoundingBoxAscent - text.fontBoundingBoxAscent);
      const box = element.getBoundingClientRect();
      // The floating label is scaled down: its box on screen against its own height.
      const scale = box.height / element.offsetHeight;
      return {
        cutAbove: style.overflowY === 'visible' ? 0 : inkAboveLine,
        inkTop: box.top - inkAboveLine * scale,
        fieldTop: (element.closest('.mat-mdc-text-field-wrapper') ?? element).getBoundingClientRect().top,
      };
    });
    expect(cutAbove, "pixels of the label's letters cut off at its top").toBe(0);
    expect(inkTop).toBeGreaterThanOrEqual(fieldTop);
  });
});
