import type { Page } from '@playwright/test';
import { saveScreenshots } from './support/screenshots';
import { expect, test } from './support/test';
import { signIn } from './support/sign-in';
import { expectNoSeriousViolation } from './support/accessibility';

/**
 * The commune page, per role. The e2e database is shared by every spec of a run, so this spec
 * leaves the demo data as it found it: what it adds (a diagnostic, a contact, a note) it deletes
 * again before the test ends, and it moves no stage. The pipeline spec moves Gembloux: Gembloux's
 * stage is not asserted here, Fernelmont's is (read only). The run's calendar starts on Tuesday
 * 17 March 2026 (the config's clockStart): the demo has Gembloux's diagnostic on the 24th.
 */

const GEMBLOUX = '/communes/92142';
const CINEY = '/communes/91030';
const FERNELMONT = '/communes/92138';

/** Far enough ahead to stay in "À venir"; typed day first, at a Brussels time. */
const DIAGNOSTIC_DAY = '12/06/2030';
const DIAGNOSTIC_TIME = '14:00';
const DIAGNOSTIC_SHOWN_AT = '12/06/2030 14:00';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openFromTable(page: Page, commune: string): Promise<void> {
  await page.goto('/communes');
  await page.getByRole('table', { name: 'Communes de la province de Namur' }).getByRole('link', { name: commune, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: commune })).toBeVisible();
}

test.describe('Commune page', () => {
  test('a manager follows Gembloux: stepper, team, history; schedules a diagnostic; adds a contact', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    await openFromTable(page, 'Gembloux');
    await expect(page).toHaveURL(GEMBLOUX);
    await expect(page).toHaveTitle('Gembloux · Communes · BEP Transition numérique');

    const stage = region(page, 'Étape');
    await expect(stage.getByRole('list', { name: 'Étapes du parcours' }).getByRole('listitem')).toHaveCount(5);
    await expect(stage.locator('[aria-current="step"]')).toHaveCount(1);

    const team = region(page, 'Équipe');
    await expect(team.getByRole('listitem').filter({ hasText: 'Camille Dubois' })).toContainText('Responsable');
    await expect(team.getByRole('button', { name: "Modifier l'équipe" })).toBeVisible();

    const history = region(page, 'Historique');
    await expect(history).toContainText('Questionnaire envoyé → Questionnaire complété');
    await expect(history).toContainText('Questionnaire complété → Diagnostic demandé');

    // The demo's diagnostic, next Tuesday at the town hall with Camille Dubois: upcoming, not late.
    const activities = region(page, 'Activités');
    const demoDiagnostic = activities.getByRole('listitem').filter({ hasText: 'Diagnostic numérique — Gembloux' });
    await expect(demoDiagnostic).toContainText('24/03/2026 10:00');
    await expect(demoDiagnostic).toContainText('Hôtel de ville de Gembloux, salle du collège');
    await expect(demoDiagnostic).toContainText('Camille Dubois');
    await expect(demoDiagnostic).not.toContainText('En retard');

    await expectNoSeriousViolation(page);

    // Schedule a diagnostic: it shows among the upcoming activities and on the history.
    const subject = `Diagnostic personnalisé (e2e ${Date.now()})`;
    await activities.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Diagnostic', exact: true }).click();
    await activities.getByLabel('Objet').fill(subject);
    await activities.getByLabel('Date', { exact: true }).fill(DIAGNOSTIC_DAY);
    await activities.getByLabel('Heure', { exact: true }).fill(DIAGNOSTIC_TIME);
    await activities.getByRole('checkbox', { name: 'Camille Dubois' }).check();
    await activities.getByRole('button', { name: 'Planifier' }).click();

    const planned = activities.getByRole('listitem').filter({ hasText: subject });
    await expect(planned).toContainText(DIAGNOSTIC_SHOWN_AT);
    await expect(planned).toContainText('Camille Dubois');
    await expect(history).toContainText(`Diagnostic : ${subject} (prévue)`);

    // Add a contact.
    const contacts = region(page, 'Contacts');
    await contacts.getByRole('button', { name: 'Ajouter un contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau contact' });
    await dialog.getByLabel('Nom', { exact: true }).fill('Sophie Durant');
    await dialog.getByRole('combobox', { name: 'Fonction' }).click();
    await page.getByRole('option', { name: 'Directeur général' }).click();
    await dialog.getByLabel('Adresse e-mail').fill('sophie.durant@gembloux.be');
    await dialog.getByRole('button', { name: 'Ajouter le contact' }).click();
    await expect(dialog).toBeHidden();
    const sophie = contacts.getByRole('listitem').filter({ hasText: 'Sophie Durant' });
    await expect(sophie).toContainText('Directeur général');
    await expect(sophie.getByRole('link', { name: 'sophie.durant@gembloux.be' })).toHaveAttribute('href', 'mailto:sophie.durant@gembloux.be');

    // Leave the demo as it was for the other specs.
    await activities.getByRole('button', { name: `Supprimer « ${subject} »` }).click();
    await page.getByRole('dialog', { name: 'Supprimer cette activité ?' }).getByRole('button', { name: 'Supprimer' }).click();
    await expect(planned).toHaveCount(0);
    await expect(history).not.toContainText(subject);
    await sophie.getByRole('button', { name: 'Supprimer Sophie Durant' }).click();
    await page.getByRole('dialog', { name: 'Supprimer Sophie Durant ?' }).getByRole('button', { name: 'Supprimer' }).click();
    await expect(sophie).toHaveCount(0);
  });

  test('a manager sees where Fernelmont stands and may move it on', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    await openFromTable(page, 'Fernelmont');
    await expect(page).toHaveURL(FERNELMONT);

    const stage = region(page, 'Étape');
    await expect(stage.locator('[aria-current="step"]')).toContainText('Diagnostic demandé');
    await expect(stage.getByRole('button', { name: 'Passer à « Atelier tenu »' })).toBeVisible();
    await expect(stage.getByRole('button', { name: 'Déplacer vers…' })).toBeVisible();
    await saveScreenshots(page, 'commune-page');
  });

  test('Camille Dubois logs a note on Gembloux, her commune, on a phone, but has no form on Ciney', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'consultant1@bep.demo');
    await page.goto(GEMBLOUX);
    await expect(page.getByRole('heading', { level: 1, name: 'Gembloux' })).toBeVisible();

    const subject = `La commune préfère un atelier en septembre (e2e ${Date.now()})`;
    const activities = region(page, 'Activités');
    await activities.getByLabel('Objet').fill(subject);
    await activities.getByLabel('Résultat').fill('Atelier à fixer avec le directeur général');
    await activities.getByRole('button', { name: 'Consigner' }).click();

    const note = activities.getByRole('listitem').filter({ hasText: subject });
    await expect(note).toContainText('Atelier à fixer avec le directeur général');
    await expect(region(page, 'Historique')).toContainText(`Note : ${subject} (réalisée)`);
    // Her diagnostic is only scheduled: no step to "Atelier tenu", which bills the commune, but what to record first.
    const stage = region(page, 'Étape');
    await expect(stage).toContainText("enregistrez d'abord le diagnostic et un atelier comme faits");
    await expect(stage.getByRole('button', { name: 'Passer à « Atelier tenu »' })).toHaveCount(0);
    // A consultant of the team adds contacts but changes neither them nor the team.
    await expect(region(page, 'Contacts').getByRole('button')).toHaveText(['Ajouter un contact']);
    await expect(region(page, 'Équipe').getByRole('button')).toHaveCount(0);

    await activities.getByRole('button', { name: `Supprimer « ${subject} »` }).click();
    await page.getByRole('dialog', { name: 'Supprimer cette activité ?' }).getByRole('button', { name: 'Supprimer' }).click();
    await expect(note).toHaveCount(0);

    await page.goto(CINEY);
    await expect(page.getByRole('heading', { level: 1, name: 'Ciney' })).toBeVisible();
    await expect(region(page, 'Historique')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nouvelle activité' })).toHaveCount(0);
    await expect(region(page, 'Étape').getByRole('button')).toHaveCount(0);
  });

  test('finance reads the page without any form or action but the billing data it keeps', async ({ page }) => {
    await signIn(page, 'finance@bep.demo');
    await page.goto(GEMBLOUX);
    await expect(page.getByRole('heading', { level: 1, name: 'Gembloux' })).toBeVisible();
    await expect(region(page, 'Historique')).toContainText('Questionnaire envoyé → Questionnaire complété');
    await expect(region(page, 'Facturation')).toContainText('BEP-TN-92142');

    await expect(page.getByRole('heading', { name: 'Nouvelle activité' })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('button')).toHaveText(['Modifier']);
  });
});
