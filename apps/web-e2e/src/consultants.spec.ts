import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { signIn } from './support/sign-in';
import { expectNoSeriousViolation } from './support/accessibility';
import { saveScreenshots, SCREEN_WIDTHS } from './support/screenshots';

/*
 * Changes the demo data for the rest of the run: Sarah Martin joins Fernelmont's team as a second
 * consultant (Léa Moreau stays its lead). No stage changes.
 */

/** The five demo consultants and their weekly capacity. */
const CAPACITIES: [string, number][] = [
  ['Camille Dubois', 32],
  ['Julien Lambert', 32],
  ['Léa Moreau', 16],
  ['Sarah Martin', 24],
  ['Thomas Renard', 32],
];

/** The workload card of a consultant. */
function consultantCard(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

/** "2, dont 1 comme responsable" -> 2. */
async function activeEngagements(card: Locator): Promise<number> {
  const text = (await card.getByText(/comme responsable/).textContent()) ?? '';
  return Number(/(\d+),/.exec(text)?.[1] ?? Number.NaN);
}

test.describe('Consultants', () => {
  test('the manager sees each consultant’s capacity, and adds Sarah Martin to Fernelmont’s team', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await signIn(page, 'manager@bep.demo');
    // On a portrait tablet the side menu is folded away: the page is opened by its address.
    await page.goto('/consultants');
    await expect(page).toHaveURL(/\/consultants$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Consultants' })).toBeVisible();

    for (const [name, hours] of CAPACITIES) {
      const card = consultantCard(page, name);
      await expect(card).toBeVisible();
      await expect(card).toContainText(`${hours} h par semaine`);
      // Four weeks of planned time, each with its figures against the capacity.
      await expect(card.getByRole('listitem').filter({ hasText: 'Semaine du' })).toHaveCount(4);
      await expect(card.getByText(new RegExp(`/ ${hours} h`)).first()).toBeVisible();
    }
    // The demo's five, and any record the administration spec added before.
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(CAPACITIES.length);

    const sarah = consultantCard(page, 'Sarah Martin');
    const before = await activeEngagements(sarah);
    expect(before).toBeGreaterThanOrEqual(1);

    await page.getByRole('searchbox', { name: 'Commune' }).fill('Fernelmont');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('button', { name: "Modifier l'équipe (Fernelmont)" }).click();

    const dialog = page.getByRole('dialog', { name: 'Équipe de Fernelmont' });
    await expect(dialog.getByRole('checkbox', { name: 'Léa Moreau' })).toBeChecked();
    await dialog.getByRole('checkbox', { name: 'Sarah Martin' }).check();
    // The lead stays Léa Moreau: Sarah Martin joins as a second consultant.
    await expect(dialog.getByRole('radio', { name: 'Léa Moreau' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'Sarah Martin' })).not.toBeChecked();
    await dialog.getByRole('button', { name: "Enregistrer l'équipe" }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByText("L'équipe de Fernelmont est enregistrée.")).toBeVisible();
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Fernelmont', exact: true }) })).toContainText(
      'Équipe : Léa Moreau, Sarah Martin',
    );
    await expect.poll(() => activeEngagements(sarah)).toBe(before + 1);

    await expectNoSeriousViolation(page);
    await page.screenshot({ path: 'apps/web-e2e/screenshots/consultants.png', fullPage: true });
  });

  test('the stage filter of the teams shows its label above its value, never over it, at every width', async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    await page.goto('/consultants');
    const stage = page.getByRole('combobox', { name: 'Étape' });
    await expect(stage).toHaveValue('');
    const field = page.locator('mat-form-field').filter({ has: stage });
    for (const width of SCREEN_WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const label = field.locator('mat-label');
      await expect(label).toBeVisible();
      // The label's box ends above the value's text: they do not overlap (once the new width's layout has settled).
      await expect
        .poll(
          async () => {
            const [labelBox, valueBox] = [await label.boundingBox(), await stage.boundingBox()];
            return !!labelBox && !!valueBox && labelBox.y + labelBox.height <= valueBox.y + valueBox.height / 2;
          },
          { message: `label over the value at ${width} px` },
        )
        .toBe(true);
      // The whole-page shots stop above the teams: the search form is shot on its own.
      await page.getByRole('search', { name: 'Chercher un engagement' }).screenshot({ path: `test-output/screenshots/consultants-teams-filter-${width}.png` });
    }
    await saveScreenshots(page, 'consultants-teams');
  });
});
