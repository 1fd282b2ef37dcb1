import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { figure } from './support/figures';
import { signIn } from './support/sign-in';
import { expectNoSeriousViolation } from './support/accessibility';


/** Figures are formatted in Belgian French: thousands are separated by a (narrow) no-break space. */
const SPACE = '[\\s\\u00a0\\u202f]';

async function openAsManager(page: Page): Promise<void> {
  // Managers land on the dashboard.
  await signIn(page, 'manager@bep.demo');
  await expect(page).toHaveURL(/\/tableau-de-bord$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
}

test.describe('Tableau de bord', () => {
  test('a manager sees the counts, the deadline, the budget, the late items and the map of the province', async ({ page }) => {
    await openAsManager(page);
    // The run's calendar starts on Tuesday 17 March 2026 (the config's clockStart): the demo's questionnaire left on Monday 23 February.
    await expect(page.getByText(/^Campagne «\sRadioscopie numérique 2026\s» · situation au 17\/03\/2026/)).toBeVisible();

    const figures = page.getByRole('region', { name: 'Chiffres clés' });
    await expect(figure(figures, 'Communes engagées')).toHaveText('37');
    await expect(figure(figures, 'Questionnaire envoyé')).toHaveText('28');
    await expect(figure(figures, 'Questionnaire complété')).toHaveText('4');
    await expect(figure(figures, 'Diagnostic demandé')).toHaveText('5');

    const deadline = page.getByRole('region', { name: 'Échéance de la campagne' });
    await expect(deadline).toContainText('31 octobre 2026');
    // From Tuesday 17 March to Saturday 31 October 2026.
    await expect(deadline).toContainText('Jours restants : 228');

    const budget = page.getByRole('region', { name: 'Budget du BEP' });
    await expect(figure(budget, 'Engagé')).toHaveText(new RegExp(`^12${SPACE}500,00${SPACE}€${SPACE}\\(62,5${SPACE}%\\)$`));

    const stages = page.getByRole('region', { name: 'Avancement par étape' });
    await expect(stages.getByRole('row', { name: /^Questionnaire envoyé/ })).toContainText('37');

    const late = page.getByRole('region', { name: 'Retards' });
    // The 28 questionnaires unanswered since 23 February are late since 9 March (14 days); the
    // diagnostics asked for on 27 February and 2 March are not late yet (21 days).
    await expect(figure(late, 'Questionnaire sans réponse')).toHaveText('28');
    await expect(figure(late, 'Diagnostic non planifié')).toHaveText('0');
    // The first ten rows show at first, the longest late first (then by NIS code: Anhée first).
    await expect(late.getByRole('row')).toHaveCount(11);
    const anhee = late.getByRole('row', { name: /Anhée/ });
    await expect(anhee).toContainText('Questionnaire sans réponse');
    await expect(anhee).toContainText('09/03/2026');
    await expect(anhee.getByRole('cell').last()).toHaveText('8');
    await expect(late.getByRole('link', { name: 'Anhée' })).toHaveAttribute('href', '/communes/91005');
    await late.getByRole('button', { name: 'Afficher les 28 retards' }).click();
    await expect(late.getByRole('row')).toHaveCount(29);
    // Gembloux's diagnostic is scheduled (next Tuesday): Gembloux is not late.
    await expect(late.getByRole('row', { name: /Gembloux/ })).toHaveCount(0);

    const map = page.getByRole('region', { name: 'Carte de la province' });
    await expect(map.getByRole('img', { name: /^Carte des communes de la province de Namur/ }).locator('canvas').first()).toBeVisible();
    await expect(map.getByRole('listitem').filter({ hasText: 'Questionnaire envoyé' })).toHaveText(/\(28\)/);
    await map.getByText('Voir les communes en tableau').click();
    await expect(map.getByRole('table').getByRole('row')).toHaveCount(39);

    await expectNoSeriousViolation(page);

    await page.screenshot({ path: 'apps/web-e2e/screenshots/dashboard.png', fullPage: true });
  });

  test('narrows the figures to an arrondissement', async ({ page }) => {
    await openAsManager(page);
    const figures = page.getByRole('region', { name: 'Chiffres clés' });
    await expect(figure(figures, 'Communes engagées')).toHaveText('37');

    await page.getByRole('combobox', { name: 'Arrondissement' }).click();
    await page.getByRole('option', { name: 'Philippeville' }).click();

    // Viroinval, at Diagnostic demandé, is one of the seven communes of the arrondissement of Philippeville.
    await expect(figure(figures, 'Communes engagées')).toHaveText('7');
    await expect(figure(figures, 'Diagnostic demandé')).toHaveText('1');
  });

  test('speaks English on request, charts included', async ({ page }) => {
    await openAsManager(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(figure(page.getByRole('region', { name: 'Key figures' }), 'Survey sent')).toHaveText('28');
    await expect(page.getByRole('img', { name: /^Map of the municipalities of the Province of Namur/ })).toBeVisible();
  });

  test('a consultant may open it too, without the consultant filter', async ({ page }) => {
    await signIn(page, 'consultant1@bep.demo');
    await page.goto('/tableau-de-bord');

    await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
    await expect(figure(page.getByRole('region', { name: 'Chiffres clés' }), 'Questionnaire envoyé')).toHaveText('28');
    await expect(page.getByRole('combobox', { name: 'Arrondissement' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Consultant' })).toHaveCount(0);
  });
});
