import type { Locator, Page } from '@playwright/test';
import { figure } from './support/figures';
import { signIn } from './support/sign-in';
import { expect, test } from './support/test';
import { expectNoSeriousViolation } from './support/accessibility';
import { saveScreenshots } from './support/screenshots';

/*
 * The Pipeline board, per role. The database is shared by every spec of a run (files run in
 * alphabetical order), so this spec changes TWO things: Profondeville (by keyboard)
 * and Gembloux (by dragging) go from "Diagnostic demandé" to "Atelier tenu". Neither has its
 * diagnostic and workshop recorded as done, so the manager overrides that rule with a note each
 * time (Viroinval, the demo's commune ready to be billed, is left to the billing journey: its drag
 * to "Atelier tenu" is cancelled at the confirmation). The skip of Ciney is cancelled at the note
 * prompt, so Ciney stays at "Diagnostic demandé"; Sombreffe's move is undone with *Annuler*, so it
 * ends where it was (with both moves in its history).
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
  // Settled: the board's answer arrived and no reload is under way (a card rebuilt under the pointer would drop a drag).
  const boardAnswered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/pipeline');
  await page.goto(url);
  await boardAnswered;
  await expect(page.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Questionnaire envoyé \(/ })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Chargement du pipeline' })).toHaveCount(0);
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
    // Entering the billing stage: said, without Annuler (its draft invoice is queued with the move).
    const said = page.locator('mat-snack-bar-container');
    await expect(said).toContainText(/Profondeville\s:\sDiagnostic demandé → Atelier tenu/);
    await expect(said.getByRole('button', { name: 'Annuler' })).toHaveCount(0);
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
      await expect(page.locator('mat-snack-bar-container')).toContainText(/Gembloux\s:\sDiagnostic demandé → Atelier tenu/);
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

  test('a manager moves Sombreffe, then undoes it with Annuler: both moves said, the card back where it was', async ({ page }) => {
    await openBoard(page, 'manager@bep.demo');
    const sombreffe = card(page, 'Sombreffe', column(page, 'Questionnaire complété'));
    await sombreffe.getByRole('button', { name: 'Déplacer vers…' }).click();
    await page.getByRole('menuitem', { name: 'Diagnostic demandé', exact: true }).click();

    const moved = card(page, 'Sombreffe', column(page, 'Diagnostic demandé'));
    await expect(moved).toBeVisible();
    // The moved card stays in sight in its new column.
    await expect(moved).toBeInViewport();
    const said = page.locator('mat-snack-bar-container');
    await expect(said).toContainText(/Sombreffe\s:\sQuestionnaire complété → Diagnostic demandé/);
    await said.getByRole('button', { name: 'Annuler' }).click();

    await expect(said.filter({ hasText: /Sombreffe\s:\sdéplacement annulé, retour à «\sQuestionnaire complété\s»/ })).toBeVisible();
    await expect(card(page, 'Sombreffe', column(page, 'Questionnaire complété'))).toBeVisible();
    await page.reload();
    await expect(card(page, 'Sombreffe', column(page, 'Questionnaire complété'))).toBeVisible();
    await expect(card(page, 'Sombreffe', column(page, 'Diagnostic demandé'))).toHaveCount(0);

    // The undo is a move of its own, in the history.
    await card(page, 'Sombreffe').getByRole('link', { name: 'Sombreffe', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sombreffe' })).toBeVisible();
    const history = page.getByRole('region', { name: 'Historique', exact: true });
    await expect(history).toContainText('Questionnaire complété → Diagnostic demandé');
    await expect(history).toContainText('Diagnostic demandé → Questionnaire complété');
  });

  test.describe('the board fits the screen', () => {
    /** How far the page as a whole, and the shell's content area, scroll sideways (0: not at all). */
    async function pageOverflow(page: Page): Promise<{ document: number; content: number }> {
      return page.evaluate(() => {
        const content = document.querySelector('mat-sidenav-content');
        return {
          document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          content: content ? content.scrollWidth - content.clientWidth : 0,
        };
      });
    }

    const board = (page: Page) => page.getByRole('group', { name: 'Étapes du pipeline' });

    for (const width of [1440, 768]) {
      test(`at ${width} px only the board scrolls sideways, its scroll bar in sight`, async ({ page }) => {
        await page.setViewportSize({ width, height: width === 1440 ? 900 : 1024 });
        await openBoard(page, 'manager@bep.demo');
        expect(await pageOverflow(page)).toEqual({ document: 0, content: 0 });
        // The board scrolls sideways on its own and ends above the bottom of the window.
        const sizes = await board(page).evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth, bottom: element.getBoundingClientRect().bottom }));
        expect(sizes.scroll).toBeGreaterThan(sizes.client);
        expect(sizes.bottom).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
        // A portrait tablet folds the side menu away behind the menu button; a desktop keeps it open.
        const menuButton = page.getByRole('button', { name: 'Menu de navigation' });
        if (width === 768) {
          await expect(menuButton).toBeVisible();
          await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
          await menuButton.click();
          await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
          await page.keyboard.press('Escape');
        } else {
          await expect(menuButton).toHaveCount(0);
          await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
        }
        await expectNoSeriousViolation(page);
      });
    }

    test('at 768 px, dragging toward an off-screen column scrolls the board and opens the right move (cancelled at the billing confirmation)', async ({ page }) => {
      await page.setViewportSize({ width: 768, height: 1024 });
      await openBoard(page, 'manager@bep.demo');
      const viroinval = card(page, 'Viroinval', column(page, 'Diagnostic demandé'));
      await viroinval.scrollIntoViewIfNeeded();
      await board(page).evaluate((element) => (element.scrollLeft = 0));
      await expect(column(page, 'Atelier tenu')).not.toBeInViewport();

      const grip = await viroinval.getByText('Philippeville', { exact: true }).boundingBox();
      const area = await board(page).boundingBox();
      if (!grip || !area) throw new Error('the card and the board must be on screen');
      // By the start of its text: the card runs past the board's right edge, where it is clipped.
      await page.mouse.move(grip.x + 20, grip.y + grip.height / 2);
      await page.mouse.down();
      await page.mouse.move(grip.x + 30, grip.y + 5, { steps: 5 });
      // Held near the board's right edge, the board scrolls until "Atelier tenu" comes in sight.
      await page.mouse.move(area.x + area.width - 8, grip.y + 40, { steps: 10 });
      await expect.poll(() => board(page).evaluate((element) => element.scrollLeft), { timeout: 10_000 }).toBeGreaterThan(200);
      // Where "Atelier tenu" stands now, read in the page (fast, while the board scrolls).
      const placeOf = () =>
        page.evaluate(() => {
          const rect = document.querySelector('section[data-stage="workshop_held"]')?.getBoundingClientRect();
          return rect ? { x: rect.x, width: rect.width, y: rect.y } : null;
        });
      // Still held near the right edge until the column is wholly in sight.
      let place = await placeOf();
      for (let wait = 0; wait < 400 && place && place.x + place.width > area.x + area.width - 4; wait += 1) place = await placeOf();
      if (place) await page.mouse.move(place.x + place.width / 2, place.y + 120, { steps: 2 });
      place = await placeOf();
      // Past it (the board scrolled on)? Held near the left edge, the board scrolls back.
      if (place && place.x < area.x) {
        await page.mouse.move(area.x + 8, grip.y + 40, { steps: 2 });
        for (let wait = 0; wait < 300 && place && place.x < area.x + 8; wait += 1) place = await placeOf();
      }
      if (!place) throw new Error('Atelier tenu must be on the board');
      expect(place.x + place.width).toBeLessThanOrEqual(area.x + area.width);
      // Onto the column, away from the edges (the board stops scrolling), and dropped there.
      await page.mouse.move(place.x + place.width / 2, place.y + 120, { steps: 3 });
      await expect(column(page, 'Atelier tenu')).toBeInViewport({ ratio: 0.6 });
      const settled = await placeOf();
      if (!settled) throw new Error('Atelier tenu must be on screen');
      await page.mouse.move(settled.x + settled.width / 2, settled.y + 120, { steps: 5 });
      await page.mouse.up();

      // The move the user aimed at: Viroinval to "Atelier tenu", which bills; confirmed first.
      const dialog = page.getByRole('dialog', { name: 'Passer Viroinval à « Atelier tenu » ?' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(/un brouillon de facture de 2\s500,00\s€ hors TVA/);
      await expectNoSeriousViolation(page);
      await dialog.getByRole('button', { name: 'Annuler' }).click();
      await expect(dialog).toBeHidden();
      await expect(card(page, 'Viroinval', column(page, 'Diagnostic demandé'))).toBeVisible();
      await expect(card(page, 'Viroinval', column(page, 'Atelier tenu'))).toHaveCount(0);
    });

    test('the closed columns fold, showing their count, and stay as the user left them', async ({ page }) => {
      await openBoard(page, 'manager@bep.demo');
      const unfold = page.getByRole('button', { name: 'Déplier la colonne « Refusé »' });
      await expect(unfold).toHaveAttribute('aria-expanded', 'false');
      await expect(column(page, 'Refusé').getByRole('heading', { level: 2 })).toContainText(/\(\d+ communes?\)/);
      await expect(column(page, 'Refusé')).not.toContainText('Aucune commune à cette étape.');
      await unfold.click();
      const fold = page.getByRole('button', { name: 'Replier la colonne « Refusé »' });
      await expect(fold).toHaveAttribute('aria-expanded', 'true');
      await expect(column(page, 'Refusé')).toContainText('Aucune commune à cette étape.');
      await page.reload();
      await expect(fold).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('button', { name: 'Déplier la colonne « Retiré »' })).toHaveAttribute('aria-expanded', 'false');
      await fold.click();
      await expect(unfold).toHaveAttribute('aria-expanded', 'false');
      await expectNoSeriousViolation(page);
    });

    test('on a 390 px phone, one stage at a time, chosen with its count', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openBoard(page, 'manager@bep.demo');
      expect(await pageOverflow(page)).toEqual({ document: 0, content: 0 });
      const stage = page.getByRole('combobox', { name: 'Étape affichée' });
      await expect(stage).toContainText(/Questionnaire envoyé \(\d+\)/);
      await expect(page.getByRole('region', { name: /^Diagnostic demandé \(/ })).toHaveCount(0);
      await stage.click();
      const options = page.getByRole('option');
      await expect(options).toHaveCount(7);
      for (const option of await options.all()) await expect(option).toHaveText(/^.+ \(\d+\)$/);
      await expectNoSeriousViolation(page);
      await page.getByRole('option', { name: /^Diagnostic demandé \(\d+\)$/ }).click();
      await expect(card(page, 'Viroinval', column(page, 'Diagnostic demandé'))).toBeVisible();
      await expect(page.getByRole('region', { name: /^Questionnaire envoyé \(/ })).toHaveCount(0);
      await expectNoSeriousViolation(page);
    });

    test('screenshots of the board at 1440, 768 and 390 px', async ({ page }) => {
      await openBoard(page, 'manager@bep.demo');
      await saveScreenshots(page, 'pipeline');
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
