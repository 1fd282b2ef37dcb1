import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolation } from './support/accessibility';
import { signIn } from './support/sign-in';
import { saveScreenshots } from './support/screenshots';
import { expect, test } from './support/test';

/*
 * The Rappels page as a manager, on the demo laid out on the run's calendar (Tuesday 17 March
 * 2026): the worker has planned the reminders and the questionnaire's first two have left to the
 * in-app outbox. Other specs change the demo too, so no count is asserted: this spec cancels one
 * reminder of the questionnaire (whichever comes first) and changes one rule, which it puts back
 * (the overdue invoices' repeat: the demo has no invoice, so no reminder depends on it).
 */

const MANAGER = 'Marie Gestionnaire';

function tabs(page: Page) {
  return page.getByRole('tablist', { name: 'Sections des rappels' });
}

/** The page's own horizontal overflow (a table scrolls inside its container, never the page). */
function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * expectNoSeriousViolation for a page showing a message of the outbox: axe-core cannot run inside
 * the message's frame (its empty `sandbox` allows no script, and injecting axe there waits
 * forever), so the frame's content is left out; the frame element itself (its title) is checked.
 */
async function expectNoSeriousViolationAroundMessage(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).exclude('mat-dialog-container iframe').analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('Rappels', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'manager@bep.demo');
  });

  test('a manager follows the upcoming reminders and cancels one, which moves to the cancelled ones with its log', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rappels' }).click();
    await expect(page).toHaveURL(/\/rappels\/a-venir$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Rappels' })).toBeVisible();
    await expect(page.getByText('Les rappels que les règles de la campagne « Radioscopie numérique 2026 »')).toBeVisible();

    // The upcoming reminders, soonest first: among them the questionnaire's next reminder of an unanswered commune.
    const upcoming = page.getByRole('table', { name: 'Rappels à venir' });
    const survey = upcoming.getByRole('row').filter({ hasText: 'Questionnaire sans réponse' }).first();
    await expect(survey).toBeVisible();
    await expect(survey).toContainText(/\d{2}\/\d{2}\/2026 \d{2}:\d{2}/);
    await expect(survey).toContainText(/rappel \d sur 3/);
    const communeLink = survey.getByRole('link');
    const commune = (await communeLink.innerText()).trim();
    expect(commune).not.toBe('');
    await expect(communeLink).toHaveAttribute('href', /^\/communes\/\d{5}$/);
    await expect(tabs(page).getByRole('tab', { name: /^À venir \(\d+ rappels?\)$/, selected: true })).toBeVisible();
    await expectNoSeriousViolation(page);

    // Cancel it: a confirmation, then a snack bar, and it leaves the upcoming list.
    await survey.getByRole('button', { name: /^Annuler le rappel «\sQuestionnaire sans réponse\s»/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Annuler ce rappel ?' });
    await expect(confirm).toContainText(`pour ${commune}`);
    await confirm.getByRole('button', { name: 'Annuler le rappel' }).click();
    await expect(page.locator('mat-snack-bar-container')).toContainText(`Rappel annulé : « Questionnaire sans réponse » pour ${commune}.`);
    await expect(upcoming.getByRole('row').filter({ hasText: 'Questionnaire sans réponse' }).filter({ hasText: commune })).toHaveCount(0);

    // It is among the cancelled ones, with the manager who cancelled it; its log says so too.
    await tabs(page).getByRole('tab', { name: /^Ignorés\/annulés/ }).click();
    await expect(page).toHaveURL(/\/rappels\/ignores$/);
    const cancelled = page
      .getByRole('table', { name: 'Rappels ignorés ou annulés' })
      .getByRole('row')
      .filter({ hasText: 'Questionnaire sans réponse' })
      .filter({ hasText: commune })
      .filter({ hasText: `Annulé par ${MANAGER}` });
    await expect(cancelled).toHaveCount(1);
    await cancelled.getByRole('button', { name: /^Journal du rappel/ }).click();
    const log = page.getByRole('dialog', { name: 'Journal : Questionnaire sans réponse' });
    await expect(log.getByRole('listitem').filter({ hasText: 'Annulé' }).last()).toContainText(`par ${MANAGER}`);
    await expect(log.getByRole('listitem').first()).toContainText('Programmé');
    await log.getByRole('button', { name: 'Fermer' }).click();
  });

  test('the outbox shows a message as its recipient sees it: the HTML in a sandboxed frame, the plain text below', async ({ page }) => {
    await page.goto('/rappels');
    await tabs(page).getByRole('tab', { name: "Boîte d'envoi" }).click();
    const messages = page.getByRole('table', { name: "Messages de la boîte d'envoi" });
    const first = messages.getByRole('row').filter({ hasText: 'Rappel' }).first();
    await expect(first).toContainText("Resté dans l'application");
    await first.getByRole('button', { name: /^Ouvrir le message/ }).click();
    const message = page.getByRole('dialog');
    await expect(message).toContainText("Aucun serveur SMTP n'est configuré : ce message n'a pas quitté l'application.");
    const frame = message.locator('iframe');
    await expect(frame).toHaveAttribute('sandbox', '');
    await expect(page.frameLocator('mat-dialog-container iframe').getByText('Bonjour,')).toBeVisible();
    await message.getByText('Texte brut').click();
    await expect(message.locator('pre')).toContainText('Bonjour,');
    await expect(frame).toHaveAttribute('title', /^Le message «\s.+\s» tel que le destinataire le voit$/);
    await expectNoSeriousViolationAroundMessage(page);
    await message.getByRole('button', { name: 'Fermer' }).click();
  });

  test('the campaign’s rules: a value refused in words, a change saved (then put back)', async ({ page }) => {
    await page.goto('/rappels');
    await tabs(page).getByRole('tab', { name: 'Règles' }).click();
    const invoices = page.getByRole('group', { name: 'Facture impayée' });
    const repeat = invoices.getByRole('spinbutton', { name: 'Puis tous les (jours)' });
    await expect(repeat).toHaveValue('15');
    await expect(invoices).toContainText('Par défaut : 15');
    await repeat.fill('0');
    await page.getByRole('button', { name: 'Enregistrer les règles' }).click();
    await expect(invoices).toContainText('Au moins 1.');
    await expect(page.getByRole('alert').filter({ hasText: 'Corrigez les champs signalés' })).toBeVisible();
    await repeat.fill('20');
    await page.getByRole('button', { name: 'Enregistrer les règles' }).click();
    await expect(page.locator('mat-snack-bar-container')).toContainText('Règles de rappel enregistrées.');
    await expectNoSeriousViolation(page);

    await page.reload();
    await expect(page.getByRole('group', { name: 'Facture impayée' }).getByRole('spinbutton', { name: 'Puis tous les (jours)' })).toHaveValue('20');
    await page.getByRole('group', { name: 'Facture impayée' }).getByRole('spinbutton', { name: 'Puis tous les (jours)' }).fill('15');
    await page.getByRole('button', { name: 'Enregistrer les règles' }).click();
    await expect(page.locator('mat-snack-bar-container')).toContainText('Règles de rappel enregistrées.');
  });

  test('on a tablet and on a phone, the lists fit the screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/rappels/a-venir');
    await expect(page.getByRole('heading', { level: 1, name: 'Rappels' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Rappels à venir' }).getByRole('article').first()).toBeVisible();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/rappels/a-venir');
    const cards = page.getByRole('list', { name: 'Rappels à venir' }).getByRole('article');
    await expect(cards.first()).toBeVisible();
    await expect(cards.first().getByRole('button', { name: /^Envoyer maintenant le rappel/ })).toBeVisible();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'reminders');

    for (const path of ['envoyes', 'boite-d-envoi', 'regles']) {
      await page.goto(`/rappels/${path}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Rappels' })).toBeVisible();
      await expect(page.getByRole('status').or(page.getByRole('form')).first()).toBeVisible();
      expect(await pageOverflow(page), path).toBeLessThanOrEqual(0);
    }
    // The loop ends on the rules.
    await saveScreenshots(page, 'reminder-rules');
  });
});
