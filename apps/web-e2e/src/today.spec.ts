import type { Page } from '@playwright/test';
import { expectNoSeriousViolation } from './support/accessibility';
import { saveScreenshots } from './support/screenshots';
import { signIn } from './support/sign-in';
import { expect, test } from './support/test';

// The run's calendar starts on Tuesday 17 March 2026 at 10:00 (Brussels): the demo's only
// activity of the week is Gembloux's diagnostic, Tuesday 24 March at 10:00, with Camille Dubois;
// the 28 questionnaires sent on 23 February are late since 9 March.

const today = (page: Page) => page.getByRole('region', { name: "Aujourd'hui / cette semaine" });

test.describe("Aujourd'hui / cette semaine", () => {
  test('a manager answers "what should I do today?" from the first screen and acts on what is late', async ({ page }) => {
    // Thirty audited sends on a machine shared with other runs: more than the default 30 s at times.
    test.slow();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'manager@bep.demo');
    await expect(page).toHaveURL(/\/tableau-de-bord$/);

    // The panel opens the page: its agenda starts in the first screen.
    const panel = today(page);
    const agenda = panel.getByRole('region', { name: 'Agenda' });
    await expect(agenda.getByText("Diagnostics, ateliers et autres activités planifiés jusqu'au mardi 24 mars.")).toBeVisible();
    expect((await agenda.boundingBox())?.y ?? 1000).toBeLessThan(900);

    // Day by day, today first: nothing today, Gembloux's diagnostic next Tuesday with its time and place.
    const days = agenda.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4 }) });
    await expect(days).toHaveCount(3);
    await expect(days.first()).toContainText("Aujourd'hui, mardi 17 mars");
    await expect(days.first()).toContainText('Rien de prévu.');
    // The quiet days in between take one line.
    await expect(days.nth(1)).toContainText('Du mercredi 18 mars au lundi 23 mars');
    await expect(days.nth(1)).toContainText('Rien de prévu.');
    const tuesday = days.last();
    await expect(tuesday.getByRole('heading')).toHaveText('mardi 24 mars');
    await expect(tuesday).toContainText('10:00');
    await expect(tuesday).toContainText('Diagnostic');
    await expect(tuesday).toContainText('Diagnostic numérique — Gembloux');
    await expect(tuesday).toContainText('Lieu : Hôtel de ville de Gembloux, salle du collège');
    await expect(tuesday).toContainText('Consultant : Camille Dubois');
    await expect(tuesday.getByRole('link', { name: 'Ouvrir la page de Gembloux' })).toHaveAttribute('href', '/communes/92142');

    // What is late, by kind, with its count: the questionnaires, which the reminders chase.
    const late = panel.getByRole('region', { name: 'En retard' });
    const surveys = late.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Questionnaire sans réponse/ }) });
    await expect(surveys.getByRole('heading')).toHaveText(/Questionnaire sans réponse\s*28 en retard/);
    await expect(surveys).toContainText('Les premiers : Anhée');

    // The reminders due this week, and the way to all of them.
    const reminders = panel.getByRole('region', { name: 'Rappels à venir' });
    await expect(reminders.getByText(/^Cette semaine\s:\s\d+$/)).toBeVisible();
    await expect(reminders.getByRole('link', { name: 'Voir tous les rappels' })).toHaveAttribute('href', '/rappels');

    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'dashboard');
    await page.setViewportSize({ width: 1440, height: 900 });

    // The group's action: the next reminder of every late questionnaire leaves now, and the page says so.
    await surveys.getByRole('button', { name: 'Envoyer un rappel maintenant' }).click();
    // The questionnaires' series are under way (their next reminders are listed above): some leave now.
    const said = page.locator('mat-snack-bar-container');
    // One request, one transaction auditing each reminder: a few seconds at most on a busy machine.
    await expect(said).toContainText(/Rappels envoyés maintenant\s:\s\d+\./, { timeout: 30_000 });
    const [sent = 0, without = 0] = [...((await said.textContent()) ?? '').replace(/\s+/g, ' ').matchAll(/: (\d+)\./g)].map((match) => Number(match[1]));
    expect(sent).toBeGreaterThan(0);
    // Every late commune of the heading's count is reached: a reminder sent, or none left (its series over).
    expect(sent + without).toBe(28);
    await expect(surveys.getByRole('button', { name: 'Envoyer un rappel maintenant' })).toBeEnabled();
  });

  test('each key figure opens the list behind it', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    const figures = page.getByRole('region', { name: 'Chiffres clés' });
    await figures.getByRole('link', { name: 'Questionnaire envoyé : 28, voir ces communes' }).click();
    await expect(page).toHaveURL(/\/communes\?etape=survey_sent$/);

    await page.goBack();
    await page.getByRole('region', { name: 'Chiffres clés' }).getByRole('link', { name: 'Communes engagées : 37, voir le pipeline' }).click();
    await expect(page).toHaveURL(/\/pipeline$/);

    await page.goBack();
    // "En retard" scrolls to the late items below, on the same page.
    await page.getByRole('region', { name: 'Chiffres clés' }).getByRole('link', { name: /^En retard/ }).click();
    await expect(page).toHaveURL(/\/tableau-de-bord#dashboard-late-heading$/);
    await expect(page.getByRole('heading', { name: 'Retards', level: 2 })).toBeInViewport();
  });

  test('"Planifier le diagnostic" opens the commune page on a diagnostic to schedule', async ({ page }) => {
    // No diagnostic is late on the demo's Tuesday: the link the late group gives, followed directly.
    await signIn(page, 'manager@bep.demo');
    await page.goto('/communes/92138?planifier=diagnostic');
    // The form, brought into view (the page's title scrolls away), is set for a diagnostic to schedule.
    await expect(page.getByRole('textbox', { name: /Objet/ })).toBeFocused();
    await expect(page.getByRole('combobox', { name: 'Type' })).toContainText('Diagnostic');
    await expect(page.getByRole('checkbox', { name: 'Déjà réalisée' })).not.toBeChecked();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Fernelmont/);
  });

  test('a consultant sees their own week and late items at the top of Mes communes', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'consultant1@bep.demo');
    await expect(page).toHaveURL(/\/mes-communes$/);

    const panel = today(page);
    const agenda = panel.getByRole('region', { name: 'Agenda' });
    await expect(agenda.getByText("Vos activités planifiées jusqu'au mardi 24 mars.")).toBeVisible();
    await expect(agenda.getByRole('listitem').filter({ hasText: 'mardi 24 mars' }).last()).toContainText('Diagnostic numérique — Gembloux');
    // Their communes only: Camille's are on time (the province's 28 late questionnaires are not hers),
    // and the reminders are the managers'.
    const late = panel.getByRole('region', { name: 'En retard' });
    await expect(late.getByText('Aucun retard : tout est dans les délais.')).toBeVisible();
    await expect(late.getByRole('heading', { name: /^Questionnaire sans réponse/ })).toHaveCount(0);
    await expect(panel.getByRole('region', { name: 'Rappels à venir' })).toHaveCount(0);

    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'my-communes');
  });
});
