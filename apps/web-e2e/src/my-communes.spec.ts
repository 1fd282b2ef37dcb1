import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { signIn } from './support/sign-in';
import { expectNoSeriousViolation } from './support/accessibility';

/*
 * Camille Dubois (consultant1) leads Gembloux and no other commune of the demo. This spec changes
 * nothing: it never moves a stage (the pipeline spec moves Gembloux, so its stage is not asserted).
 */

/** The card of one of the consultant's engagements, found by its commune. */
function engagementCard(page: Page, commune: string) {
  return page.getByRole('article', { name: commune, exact: true });
}

test.describe('Mes communes', () => {
  test('a consultant lands on their communes, on a phone: Gembloux with its next step, not Ciney', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'consultant1@bep.demo');
    await expect(page).toHaveURL(/\/mes-communes$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mes communes' })).toBeVisible();

    const gembloux = engagementCard(page, 'Gembloux');
    await expect(gembloux).toBeVisible();
    await expect(gembloux.getByRole('link', { name: 'Gembloux' })).toHaveAttribute('href', '/communes/92142');
    await expect(gembloux).toContainText('Vous êtes responsable');
    // The quick move names the next stage, whichever it is, and the commune for a screen reader; before
    // "Atelier tenu", which bills the commune, the card says instead what to record first.
    const quickMove = gembloux.getByRole('button', { name: /^Passer à «\s.+\s» \(Gembloux\)$/ });
    await expect(quickMove.or(gembloux.getByText("Pour passer à « Atelier tenu », enregistrez d'abord le diagnostic et un atelier comme faits."))).toBeVisible();

    // Ciney is Sarah Martin's: not listed, and no card of this page offers to move it.
    await expect(engagementCard(page, 'Ciney')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Ciney/ })).toHaveCount(0);
    await expect(page.getByRole('article')).toHaveCount(1);

    // The agenda's first day comes right under its heading, with no blank line between them.
    const agenda = page.getByRole('region', { name: 'Agenda' });
    const firstDay = agenda.getByRole('listitem').first();
    await expect(firstDay).toContainText("Aujourd'hui, mardi 17 mars");
    const [headingBox, dayBox] = [await agenda.getByRole('heading', { level: 3 }).boundingBox(), await firstDay.boundingBox()];
    expect((dayBox?.y ?? 0) - ((headingBox?.y ?? 0) + (headingBox?.height ?? 0)), 'gap between Agenda and its first day').toBeLessThanOrEqual(8);

    // What is late is the Aujourd'hui panel's, folded on a phone into a count with its toggle.
    await expect(page.getByRole('heading', { level: 3, name: /^En retard/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await expectNoSeriousViolation(page);
    await page.screenshot({ path: 'apps/web-e2e/screenshots/my-communes-390.png', fullPage: true });
  });

  test('on a portrait tablet, the same page, the navigation folded away behind its menu button', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await signIn(page, 'consultant1@bep.demo');
    await expect(page).toHaveURL(/\/mes-communes$/);
    await expect(engagementCard(page, 'Gembloux')).toBeVisible();
    await expectNoSeriousViolation(page);

    await page.getByRole('button', { name: 'Menu de navigation' }).click();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes communes' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.keyboard.press('Escape');
    await page.screenshot({ path: 'apps/web-e2e/screenshots/my-communes-768.png', fullPage: true });
  });

  test('on the pipeline, the consultant may move Gembloux but is offered no move on Ciney', async ({ page }) => {
    await signIn(page, 'consultant1@bep.demo');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Pipeline' }).click();
    await expect(page).toHaveURL(/\/pipeline/);

    const card = (commune: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: commune, exact: true }) });
    await expect(card('Ciney')).toBeVisible();
    await expect(card('Gembloux')).toBeVisible();
    // A move action on their own commune shows the check below is not vacuous.
    await expect(card('Gembloux').getByRole('button').first()).toBeVisible();
    await expect(card('Ciney').getByRole('button')).toHaveCount(0);
  });
});
