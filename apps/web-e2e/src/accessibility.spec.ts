import { expectNoSeriousViolation } from './support/accessibility';
import { signIn } from './support/sign-in';
import { expect, test } from './support/test';

/*
 * axe-core on the pages that no journey of the other specs checks: the communes table, the
 * password page, the pages still to come, "access denied" and "page not found". Read only.
 */
test.describe('Accessibility of the remaining pages', () => {
  test('a manager: the communes table, the password page, the pages still to come and an unknown address', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    for (const [path, heading] of [
      ['/communes', 'Communes'],
      ['/mot-de-passe', 'Changer le mot de passe'],
      ['/factures', 'Factures'],
      ['/rappels', 'Rappels'],
      ['/nulle-part', 'Page introuvable'],
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectNoSeriousViolation(page);
    }
  });

  test('a consultant refused a page they may not open', async ({ page }) => {
    await signIn(page, 'consultant2@bep.demo');
    await page.goto('/administration');
    await expect(page).toHaveURL(/\/acces-refuse$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
    await expectNoSeriousViolation(page);
  });
});
