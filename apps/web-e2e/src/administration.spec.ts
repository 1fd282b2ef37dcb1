import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoSeriousViolation } from './support/accessibility';
import { chooseCommune } from './support/commune-field';
import { saveScreenshots } from './support/screenshots';
import { DEMO_PASSWORD, signIn } from './support/sign-in';
import { expect, test } from './support/test';

/*
 * Changes the demo data for the rest of the run: Couvin moves to "Diagnostic demandé" and back to
 * "Questionnaire complété" (its stage as the demo has it, entered anew today); a consultant record
 * "Nora Petit" and an account linked to it (nora.petit@ocalia.be) are added.
 */

/** A signed-in manager's API calls, as the pipeline would make them. */
async function asManager(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post('/api/auth/login', { data: { email: 'manager@bep.demo', password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

/** Moves Couvin's engagement to `to` (a manager's move, with a note when it goes backward). */
async function moveCouvin(request: APIRequestContext, headers: Record<string, string>, to: string, note?: string): Promise<void> {
  const list = await request.get('/api/engagements?q=Couvin', { headers });
  const [couvin] = ((await list.json()) as { items: { id: string; version: number }[] }).items;
  const moved = await request.post(`/api/engagements/${couvin?.id}/transitions`, { headers, data: { to, version: couvin?.version, ...(note ? { note } : {}) } });
  expect(moved.status()).toBe(200);
}

/** A select of the audit page's filters: opens it and picks the option. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** A tab of the administration's sections (Material's tab links are tabs of a tab list). */
const adminTab = (page: Page, name: string) => page.getByRole('tablist', { name: "Sections de l'administration" }).getByRole('tab', { name });

test.describe('Administration', () => {
  // Three pages, each checked by axe and shot at three widths, on a machine the other runs share.
  test.slow();

  test('the administrator filters the audit log by commune, person and period and reads a move in words', async ({ page, request }) => {
    const manager = await asManager(request);
    await moveCouvin(request, manager, 'diagnostic_requested');
    await moveCouvin(request, manager, 'survey_answered', 'Remis à sa place : la demande de diagnostic était une erreur de saisie.');

    await signIn(page, 'admin@bep.demo');
    await page.goto('/administration/journal');
    await expect(page.getByRole('heading', { level: 2, name: "Journal d'audit" })).toBeVisible();

    await chooseCommune(page, 'Commune', 'Couvin');
    await choose(page, 'Personne', 'Marie Gestionnaire');
    // The dates are typed day first, as the fr-BE picker reads them.
    await page.getByRole('textbox', { name: 'Du' }).fill('17/03/2026');
    await page.getByRole('textbox', { name: 'Au' }).fill('17/03/2026');
    await page.getByRole('button', { name: 'Filtrer' }).click();

    await expect(page).toHaveURL(/commune=\d{5}/);
    await expect(page).toHaveURL(/du=2026-03-17&au=2026-03-17/);
    const rows = page.getByRole('table', { name: "Entrées du journal d'audit" }).getByRole('row');
    await expect(page.getByRole('status').filter({ hasText: 'correspondant aux filtres' })).toHaveText(/^\s*2 entrées correspondant aux filtres\s*$/);
    await expect(rows.filter({ hasText: /Couvin\s:\sQuestionnaire complété → Diagnostic demandé/ })).toHaveCount(1);
    await expect(rows.filter({ hasText: /Couvin\s:\sDiagnostic demandé → Questionnaire complété/ })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'Marie Gestionnaire' })).toHaveCount(2);

    // The filters are in the URL: a reload keeps them.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Commune' })).toHaveValue('Couvin');
    await expect(page.getByRole('textbox', { name: 'Du' })).toHaveValue('17/03/2026');
    await expect(rows.filter({ hasText: /Couvin\s:/ })).toHaveCount(2);

    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'admin-audit');
  });

  test('the administrator creates a consultant record, links a new account to it and corrects the account’s e-mail', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'admin@bep.demo');
    await page.goto('/administration/utilisateurs');

    await adminTab(page, 'Consultants Ocalia').click();
    await expect(page).toHaveURL(/\/administration\/consultants$/);
    await page.getByRole('button', { name: 'Nouveau consultant' }).click();
    const record = page.getByRole('dialog', { name: 'Nouveau consultant' });
    // The dialog focuses its first field once it has opened, as a person sees it: typing before
    // that once sent the e-mail into the name.
    await expect(record.getByRole('textbox', { name: 'Nom' })).toBeFocused();
    await record.getByRole('textbox', { name: 'Nom' }).fill('Nora Petit');
    await record.getByRole('textbox', { name: 'Adresse e-mail' }).fill('nora.petit@ocalia.be');
    await record.getByRole('spinbutton', { name: 'Capacité hebdomadaire' }).fill('24');
    await record.getByRole('button', { name: 'Créer la fiche' }).click();
    await expect(page.getByText('Fiche de Nora Petit créée.')).toBeVisible();
    const nora = page.getByRole('row').filter({ hasText: 'Nora Petit' });
    await expect(nora).toContainText('Belgique');
    await expect(nora).toContainText(/24\sh/);
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'admin-consultants');

    await page.setViewportSize({ width: 1440, height: 900 });
    await adminTab(page, 'Utilisateurs').click();
    await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const account = page.getByRole('dialog', { name: 'Nouvel utilisateur' });
    // A typo in the e-mail, corrected below.
    await account.getByRole('textbox', { name: 'Adresse e-mail' }).fill('nora.petit@ocalia.bee');
    await account.getByRole('textbox', { name: 'Nom' }).fill('Nora Petit');
    await account.getByRole('checkbox', { name: 'Consultant' }).check();
    await account.getByRole('button', { name: "Créer l'utilisateur" }).click();
    // Refused before sending: a consultant account acts for a consultant record.
    await expect(account.getByText(/Un compte consultant agit pour une fiche consultant Ocalia/)).toBeVisible();
    await account.getByRole('combobox', { name: 'Consultant lié' }).click();
    await page.getByRole('option', { name: 'Nora Petit (Belgique)' }).click();
    await account.getByRole('button', { name: "Créer l'utilisateur" }).click();
    const created = page.getByRole('dialog', { name: 'Utilisateur créé' });
    await expect(created).toContainText('nora.petit@ocalia.bee');
    await created.getByRole('button', { name: 'Fermer' }).click();

    await page.getByRole('button', { name: 'Modifier Nora Petit' }).click();
    const edit = page.getByRole('dialog', { name: 'Modifier Nora Petit' });
    await edit.getByRole('textbox', { name: 'Adresse e-mail' }).fill('nora.petit@ocalia.be');
    await edit.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText(/Nora Petit\s: modifications enregistrées\./)).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'Nora Petit' });
    await expect(row).toContainText('nora.petit@ocalia.be');
    await expect(row).not.toContainText('ocalia.bee');
    await expect(row).toContainText('Consultant');
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'admin-users');

    // The log says it in words, under the administrator's name.
    await page.setViewportSize({ width: 1440, height: 900 });
    await adminTab(page, "Journal d'audit").click();
    await choose(page, 'Personne', 'Alice Administratrice');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page.getByRole('table', { name: "Entrées du journal d'audit" })).toContainText(
      /Utilisateur modifié\s:\sNora Petit — e-mail nora\.petit@ocalia\.bee → nora\.petit@ocalia\.be/,
    );
    await expect(page.getByRole('table', { name: "Entrées du journal d'audit" })).toContainText(/Consultant créé\s:\sNora Petit/);
  });
});
