import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { DEMO_PASSWORD, signIn } from './support/sign-in';
import { expectNoSeriousViolation } from './support/accessibility';

const html = (page: Page) => page.locator('html');

test.describe('Interface language', () => {
  test('a visitor switches the sign-in page to English, which survives a reload, then signs in in English', async ({ page }) => {
    await page.goto('/connexion');
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle('Connexion · BEP Transition numérique');
    await expectNoSeriousViolation(page);
    await page.screenshot({ path: 'apps/web-e2e/screenshots/sign-in.png', fullPage: true });

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Sign in · BEP Transition numérique');
    await expect(page.getByRole('button', { name: 'Passer en français' })).toHaveText('Français');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'en');
    await expectNoSeriousViolation(page);

    await page.getByLabel('E-mail address').fill('manager@bep.demo');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/tableau-de-bord$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Municipalities' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('BEP manager');
  });

  test('the manager switches the application to English and back: navigation, heading, title and <html lang>', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    await expect(page).toHaveURL(/\/tableau-de-bord$/);
    const frenchNav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(frenchNav.getByRole('link', { name: 'Tableau de bord' })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'fr');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Municipalities' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page).toHaveTitle('Dashboard · BEP Transition numérique');
    await expect(html(page)).toHaveAttribute('lang', 'en');

    // The choice is remembered on this browser.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Municipalities' })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'en');

    await nav.getByRole('link', { name: 'Municipalities' }).click();
    await expect(page).toHaveURL(/\/communes$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Municipalities' })).toBeVisible();
    await expect(page).toHaveTitle('Municipalities · BEP Transition numérique');

    await page.getByRole('button', { name: 'Passer en français' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Communes' })).toBeVisible();
    await expect(frenchNav.getByRole('link', { name: 'Tableau de bord' })).toBeVisible();
    await expect(html(page)).toHaveAttribute('lang', 'fr');
  });

  test('the administration has no serious accessibility violation, in French and in English', async ({ page }) => {
    // Five axe runs over the administration's pages: more than the default time on a busy machine.
    test.slow();
    await signIn(page, 'admin@bep.demo');
    await expect(page).toHaveURL(/\/administration\/utilisateurs$/);
    await expect(page).toHaveTitle('Utilisateurs · Administration · BEP Transition numérique');
    const users = page.getByRole('table', { name: "Utilisateurs de l'application" });
    await expect(users.getByRole('row').filter({ hasText: 'admin@bep.demo' })).toHaveCount(1);
    await expectNoSeriousViolation(page);
    await page.screenshot({ path: 'apps/web-e2e/screenshots/administration-users.png', fullPage: true });

    await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvel utilisateur' });
    await expect(dialog.getByLabel('Adresse e-mail')).toBeFocused();
    await expectNoSeriousViolation(page);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialog).toHaveCount(0);

    await page.getByRole('tab', { name: "Journal d'audit" }).click();
    await expect(page).toHaveURL(/\/administration\/journal$/);
    const entries = page.getByRole('table', { name: "Entrées du journal d'audit" }).locator('tbody').getByRole('row');
    await expect(entries.first()).toBeVisible();
    await expectNoSeriousViolation(page);
    await page.screenshot({ path: 'apps/web-e2e/screenshots/administration-audit.png', fullPage: true });

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Audit log' })).toBeVisible();
    await expect(page).toHaveTitle('Audit log · Administration · BEP Transition numérique');
    await expect(page.getByRole('table', { name: 'Entries of the audit log' }).locator('tbody').getByRole('row').filter({ hasText: 'Signed in' }).first()).toBeVisible();
    await expectNoSeriousViolation(page);

    await page.getByRole('tab', { name: 'Users' }).click();
    await expect(page.getByRole('table', { name: 'Users of the application' }).getByRole('row').filter({ hasText: 'manager@bep.demo' })).toContainText('BEP manager');
    await expectNoSeriousViolation(page);
  });
});
