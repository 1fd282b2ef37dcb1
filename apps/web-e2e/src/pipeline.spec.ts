import type { Locator, Page } from '@playwright/test';
import { figure } from './support/figures';
import { signIn } from './support/sign-in';
import { expect, test } from './support/test';
import { expectNoSeriousViolation } from './support/accessibility';

/*
 * The Pipeline board, per role. The database is shared by every spec of a run (files run in
 * alphabetical order, this one last), so this spec changes TWO things: Profondeville (by keyboard)
 * and Gembloux (by dragging) go from "Diagnostic demandé" to "Atelier tenu". Neither has its
 * diagnostic and workshop recorded as done, so the manager overrides that rule with a note each
 * time (Viroinval, the demo's commune ready to be billed, is left to the billing journey). The skip
 * of Ciney is cancelled at the note prompt, so Ciney stays at "Diagnostic demandé".
 */

/** Answers the note prompt of a manager's override of the missing work: says what is missing, then why. */
async function override(page: Page, missing: string, note: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(missing);
  await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
  await dialog.getByRole('button', { name: 'Passer outre' }).click();
}

/** A column of the board: a region named after its stage, "Atelier tenu (1 commune)". */
function column(page: Page, stage: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${stage} \\(`) });
}

/** The card of a commune, on the whole board or in one column. */
function card(page: Page, commune: string, scope: Page | Locator = page): Locator {
  return scope.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: commune, exact: true }) });
}

/** The count a column's heading gives ("… (5 communes)"). */
async function countOf(page: Page, stage: string): Promise<number> {
  const heading = await column(page, stage).getByRole('heading', { level: 2 }).innerText();
  const match = /\((\d+) communes?\)/.exec(heading);
  expect(match, `count in "${heading}"`).not.toBeNull();
  return Number(match?.[1]);
}

async function openBoard(page: Page, email: string, url = '/pipeline'): Promise<void> {
  await signIn(page, email);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Questionnaire envoyé \(/ })).toBeVisible();
}

/**
 * Drags `grip` onto `target` with the mouse, in small steps as a hand does: the CDK starts a drag
 * only after the pointer has moved a few pixels, and finds the column under the pointer as it goes.
 */
async function drag(page: Page, grip: Locator, target: Locator): Promise<void> {
  const [from, to] = [await grip.boundingBox(), await target.boundingBox()];
  if (!from || !to) {
    throw new Error('the card and the column must be on screen');
  }
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 20, start.y + 5, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 });
  await page.mouse.up();
}

test.describe('Pipeline', () => {
  test('a manager moves Profondeville to "Atelier tenu" with the keyboard', async ({ page }) => {
    await openBoard(page, 'manager@bep.demo');
    const profondeville = card(page, 'Profondeville', column(page, 'Diagnostic demandé'));
    await expect(profondeville).toBeVisible();
    const requested = await countOf(page, 'Diagnostic demandé');
    const held = await countOf(page, 'Atelier tenu');

    await expectNoSeriousViolation(page);
    await page.screenshot({ path: 'apps/web-e2e/screenshots/pipeline.png', fullPage: true });

    await profondeville.getByRole('button', { name: 'Déplacer vers…' }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Déplacer Profondeville vers' });
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Questionnaire envoyé (note requise)',
      'Questionnaire complété (note requise)',
      'Atelier tenu (note requise)',
      'Accompagnement (note requise)',
      'Refusé (note requise)',
      'Retiré (note requise)',
    ]);
    const target = menu.getByRole('menuitem', { name: 'Atelier tenu (note requise)', exact: true });
    // The menu opened from the keyboard focuses its first item; two steps down is "Atelier tenu".
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await override(page, 'Ni le diagnostic ni un atelier ne sont enregistrés comme faits.', 'Diagnostic et atelier tenus, comptes rendus à encoder');

    await expect(card(page, 'Profondeville', column(page, 'Atelier tenu'))).toBeVisible();
    await expect(page.getByText('Profondeville est passée à l’étape « Atelier tenu ».')).toBeAttached();
    await expect(card(page, 'Profondeville', column(page, 'Atelier tenu'))).toContainText('0 j dans cette étape');
    expect(await countOf(page, 'Diagnostic demandé')).toBe(requested - 1);
    expect(await countOf(page, 'Atelier tenu')).toBe(held + 1);

    await page.reload();
    await expect(card(page, 'Profondeville', column(page, 'Atelier tenu'))).toBeVisible();
    await expect(card(page, 'Profondeville', column(page, 'Diagnostic demandé'))).toHaveCount(0);
    expect(await countOf(page, 'Atelier tenu')).toBe(held + 1);
  });

  test.describe('dragging', () => {
    // Wide enough for every column to be on screen: the drag needs no sideways scrolling.
    test.use({ viewport: { width: 1920, height: 1080 } });

    test('a manager drags Gembloux to "Atelier tenu", then sees it on its history and on the dashboard', async ({ page }) => {
      await openBoard(page, 'manager@bep.demo');
      const gembloux = card(page, 'Gembloux', column(page, 'Diagnostic demandé'));
      await expect(gembloux).toBeVisible();
      const requested = await countOf(page, 'Diagnostic demandé');
      const held = await countOf(page, 'Atelier tenu');

      await drag(page, gembloux.getByText('Namur', { exact: true }), column(page, 'Atelier tenu'));
      // Its diagnostic is only scheduled: the manager overrides that with a note.
      await override(page, 'Ni le diagnostic ni un atelier ne sont enregistrés comme faits.', 'Atelier avancé à la demande du collège');
      await expect(card(page, 'Gembloux', column(page, 'Atelier tenu'))).toBeVisible();
      // The card moves at once; the announcement comes when the server has agreed.
      await expect(page.getByText('Gembloux est passée à l’étape « Atelier tenu ».')).toBeAttached();
      await page.reload();
      await expect(card(page, 'Gembloux', column(page, 'Atelier tenu'))).toBeVisible();

      await page.goto('/communes/92142');
      await expect(page.getByRole('heading', { level: 1, name: 'Gembloux' })).toBeVisible();
      const history = page.getByRole('region', { name: 'Historique', exact: true });
      await expect(history).toContainText('Diagnostic demandé → Atelier tenu');
      await expect(history).toContainText('Passé outre : Atelier avancé à la demande du collège');

      await page.goto('/tableau-de-bord');
      const figures = page.getByRole('region', { name: 'Chiffres clés' });
      await expect(figure(figures, 'Atelier tenu')).toHaveText(String(held + 1));
      await expect(figure(figures, 'Diagnostic demandé')).toHaveText(String(requested - 1));
    });

    test('a manager who drags Ciney past a stage is asked for a note, and cancels', async ({ page }) => {
      await openBoard(page, 'manager@bep.demo');
      const ciney = card(page, 'Ciney', column(page, 'Diagnostic demandé'));
      await expect(ciney).toBeVisible();

      // Grab the card by its text, not by its link or its button.
      await drag(page, ciney.getByText('Dinant', { exact: true }), column(page, 'Accompagnement'));

      const dialog = page.getByRole('dialog', { name: 'Déplacer Ciney vers « Accompagnement »' });
      await expect(dialog).toBeVisible();
      // Passing Atelier tenu bills the commune: its work not being recorded, the note is the manager's override.
      await expect(dialog).toContainText('Ni le diagnostic ni un atelier ne sont enregistrés comme faits.');
      await dialog.getByRole('button', { name: 'Passer outre' }).click();
      await expect(dialog.getByText('La note est obligatoire.')).toBeVisible();
      await expectNoSeriousViolation(page);

      await dialog.getByRole('button', { name: 'Annuler' }).click();
      await expect(dialog).toBeHidden();
      await expect(card(page, 'Ciney', column(page, 'Diagnostic demandé'))).toBeVisible();
      await expect(card(page, 'Ciney', column(page, 'Accompagnement'))).toHaveCount(0);
    });
  });

  test('consultant1 moves the communes they lead, not Ciney', async ({ page }) => {
    await openBoard(page, 'consultant1@bep.demo');
    await expect(card(page, 'Ciney')).toBeVisible();
    await expect(card(page, 'Ciney').getByRole('button', { name: 'Déplacer vers…' })).toHaveCount(0);
    await expect(card(page, 'Gembloux').getByRole('button', { name: 'Déplacer vers…' })).toBeVisible();

    await page.getByRole('switch', { name: 'Mes communes' }).click();
    await expect(page).toHaveURL(/[?&]consultant=/);
    await expect(card(page, 'Gembloux')).toBeVisible();
    await expect(card(page, 'Ciney')).toHaveCount(0);
    await expectNoSeriousViolation(page);
  });

  test('finance reads the board without any move', async ({ page }) => {
    await openBoard(page, 'finance@bep.demo');
    await expect(card(page, 'Gembloux')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Déplacer vers…' })).toHaveCount(0);
    await expectNoSeriousViolation(page);
  });

  test('the filters live in the URL', async ({ page }) => {
    await openBoard(page, 'manager@bep.demo', '/pipeline?arrondissement=Dinant&q=cin');
    await expect(card(page, 'Ciney')).toBeVisible();
    await expect(card(page, 'Gembloux')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Arrondissement' })).toContainText('Dinant');
    await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toHaveValue('cin');

    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect(page).toHaveURL(/\/pipeline$/);
    await expect(card(page, 'Gembloux')).toBeVisible();

    await page.getByRole('combobox', { name: 'Arrondissement' }).click();
    await page.getByRole('option', { name: 'Philippeville' }).click();
    await expect(page).toHaveURL(/\?arrondissement=Philippeville$/);
    await expect(card(page, 'Viroinval')).toBeVisible();
    await expect(card(page, 'Gembloux')).toHaveCount(0);

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('viro');
    await expect(page).toHaveURL(/\?arrondissement=Philippeville&q=viro$/);
    await expect(card(page, 'Viroinval')).toBeVisible();
  });
});
