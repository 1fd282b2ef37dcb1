import { expect, type Page } from '@playwright/test';

/** The password of every demo account (see the README). */
export const DEMO_PASSWORD = 'demo-bep-2019';

/** Fills the sign-in form of /connexion; does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Signs in as a demo account through the sign-in page and waits until the app has let the user in. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
