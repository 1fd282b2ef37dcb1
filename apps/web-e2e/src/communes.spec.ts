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
});
