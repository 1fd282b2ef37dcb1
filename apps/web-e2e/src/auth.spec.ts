import type { Page } from '@playwright/test';
import { saveScreenshots } from './support/screenshots';
import { expect, test } from './support/test';
import type { CurrentUser, CurrentUserResponse } from '@bep/contracts';
import { DEMO_PASSWORD, signIn, submitSignIn } from './support/sign-in';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

/** The signed-in user, as the API knows them (the demo names live in the demo data, not here). */
async function currentUser(page: Page): Promise<CurrentUser> {
  const response = await page.request.get('/api/auth/me');
  expect(response.status()).toBe(200);
  return ((await response.json()) as CurrentUserResponse).user;
}

test.describe('Sign-in', () => {
  test('says in French that the e-mail or the password is wrong', async ({ page }) => {
    await page.goto('/connexion');
    await submitSignIn(page, 'finance@bep.demo', 'pas-le-bon-mot-de-passe');

    await expect(page.getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
    await expect(page).toHaveURL(/\/connexion$/);
    await expect(page.getByLabel('Mot de passe')).toHaveValue('');
  });

  test('the manager signs in, sees their name, signs out and is back on /connexion', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    await expect(page).toHaveURL(/\/tableau-de-bord$/);

    const manager = await currentUser(page);
    expect(manager.email).toBe('manager@bep.demo');
    const banner = page.getByRole('banner');
    await expect(banner).toContainText(manager.name);
    await expect(banner).toContainText('Gestionnaire BEP');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();

    // The session is revoked on the server, not only forgotten by the page.
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
    await page.goto('/communes');
    await expect(page).toHaveURL(/\/connexion\?retour=%2Fcommunes$/);
  });

  test('a signed-out visitor who opens /communes is sent to /connexion, then back to the communes', async ({ page }) => {
    await page.goto('/communes');
    await expect(page).toHaveURL(/\/connexion\?retour=%2Fcommunes$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await expect(mainNav(page)).toHaveCount(0);

    await submitSignIn(page, 'manager@bep.demo', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/communes$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Communes' })).toBeVisible();
  });

  test('the sign-in page fits a 390px phone without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/connexion');
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshots(page, 'sign-in');
  });
});

test.describe('Roles', () => {
  test('a consultant sees neither "Factures" nor "Administration", and is refused the administration', async ({ page }) => {
    await signIn(page, 'consultant1@bep.demo');
    await expect(page).toHaveURL(/\/mes-communes$/);

    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'Mes communes' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Communes', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Factures' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Administration' })).toHaveCount(0);

    await page.goto('/administration');
    await expect(page).toHaveURL(/\/acces-refuse$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
    await expect(page.getByRole('link', { name: "Retour à la page d'accueil" })).toBeVisible();
  });

  test('the administrator sees the users, then the audit log with the sign-ins in it', async ({ page }) => {
    await signIn(page, 'admin@bep.demo');
    const admin = await currentUser(page);

    await mainNav(page).getByRole('link', { name: 'Administration' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    await page.getByRole('tab', { name: 'Utilisateurs' }).click();
    await expect(page).toHaveURL(/\/administration\/utilisateurs$/);

    const users = page.getByRole('table', { name: "Utilisateurs de l'application" });
    const manager = users.getByRole('row').filter({ hasText: 'manager@bep.demo' });
    await expect(manager).toHaveCount(1);
    await expect(manager).toContainText('Gestionnaire BEP');
    await expect(manager).toContainText('Actif');

    await page.getByRole('tab', { name: "Journal d'audit" }).click();
    await expect(page).toHaveURL(/\/administration\/journal$/);
    const entries = page.getByRole('table', { name: "Entrées du journal d'audit" }).locator('tbody').getByRole('row');
    await expect(entries.first()).toBeVisible();
    // The administrator's own sign-in, a moment ago, is audited.
    await expect(entries.filter({ hasText: 'Connexion' }).filter({ hasText: admin.name }).first()).toBeVisible();
  });
});
