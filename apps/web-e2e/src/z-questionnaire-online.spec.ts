import type { Browser, Page } from '@playwright/test';
import { expectNoSeriousViolation } from './support/accessibility';
import { chooseCommune } from './support/commune-field';
import { answerRequired, expectSaved, QUESTIONNAIRE, questionBlock, section } from './support/questionnaire';
import { saveScreenshots } from './support/screenshots';
import { signIn } from './support/sign-in';
import { expect, test, watchBrowserErrors } from './support/test';

/*
 * The questionnaire online, end to end. A manager finds Mettet's questionnaire e-mail in the
 * outbox (the demo sent it, with its reminders, since the campaign opened) and follows its link on
 * a 390 px phone with no account: the binôme fills half the sections, closes the page, comes back
 * through the same link to find the answers kept, finishes and submits. The manager then sees
 * Mettet moved to "Questionnaire complété", its scores against the province's median, and Mettet on
 * the province's heat map. A manager also opens the paper-answers form of Walcourt (begun online in
 * the demo), changing nothing. The database is shared by every spec of a run and files run in
 * alphabetical order: this one is named to run last, since moving Mettet takes one from the late
 * questionnaires that the dashboard's specs count (28).
 */

const METTET = 'Mettet';
const PHONE = { width: 390, height: 844 };
const FIRST_HALF = QUESTIONNAIRE.sections.slice(0, 5).map((candidate) => candidate.id);
const SECOND_HALF = QUESTIONNAIRE.sections.slice(5).map((candidate) => candidate.id);

/** The link of the commune's latest questionnaire e-mail in the outbox, as its plain text carries it. */
async function linkFromOutbox(page: Page, commune: string): Promise<string> {
  await page.goto('/rappels');
  await page.getByRole('tablist').getByRole('tab', { name: "Boîte d'envoi" }).click();
  const filter = page.getByRole('search', { name: "Filtrer la boîte d'envoi" });
  await chooseCommune(filter, 'Commune', commune);
  await filter.getByRole('button', { name: 'Filtrer' }).click();
  const messages = page.getByRole('table', { name: "Messages de la boîte d'envoi" });
  await messages.getByRole('row').filter({ hasText: commune }).filter({ hasText: /questionnaire/i }).first().getByRole('button', { name: /^Ouvrir le message/ }).click();
  const message = page.getByRole('dialog');
  await message.getByText('Texte brut').click();
  const text = (await message.locator('pre').textContent()) ?? '';
  await message.getByRole('button', { name: 'Fermer' }).click();
  const link = /https?:\/\/\S+\/questionnaire#[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(link, `a questionnaire link in ${commune}'s e-mail`).toBeDefined();
  return link ?? '';
}

/**
 * A phone of its own (a browser context: no session, no cookie), as the binôme opens the e-mail's
 * link, on the run's calendar; `close` checks that the browser reported no error meanwhile.
 */
async function openOnPhone(browser: Browser, link: string, clockStart: string | undefined): Promise<{ phone: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
  const phone = await context.newPage();
  const errors = watchBrowserErrors(phone);
  if (clockStart) await phone.clock.install({ time: new Date(clockStart) });
  await phone.goto(link);
  await expect(phone.getByRole('heading', { level: 1, name: METTET })).toBeVisible();
  return {
    phone,
    close: async () => {
      await context.close();
      expect(errors, 'errors the phone reported').toEqual([]);
    },
  };
}

async function nextSection(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Suivant' }).click();
}

test.describe('The questionnaire online', () => {
  // Two pages, a phone filling ten sections in two visits: far more than the default 30 s.
  test.slow();

  test("a commune's binôme fills it on a phone from the e-mail's link, in two visits, and sends it; the commune moves on", async ({ page, browser, clockStart }) => {
    await signIn(page, 'manager@bep.demo');
    const link = await linkFromOutbox(page, METTET);

    // First visit: the first half of the sections, on a phone's layout (matrices as lists, scales as menus).
    let { phone, close } = await openOnPhone(browser, link, clockStart);
    await expect(phone.locator('.sd-root-modern--mobile')).toBeVisible();
    await expectNoSeriousViolation(phone);
    await saveScreenshots(phone, 'questionnaire');
    await phone.setViewportSize(PHONE);
    for (const [index, sectionId] of FIRST_HALF.entries()) {
      await answerRequired(phone, sectionId);
      await expectSaved(phone);
      if (index < FIRST_HALF.length - 1) await nextSection(phone);
    }
    await close();

    // Second visit through the same link: what was typed is there, and the form goes on.
    ({ phone, close } = await openOnPhone(browser, link, clockStart));
    await phone.getByRole('button', { name: "Afficher l'avancement" }).click();
    const progress = phone.getByRole('navigation', { name: 'Avancement' });
    await expect(progress).toContainText(QUESTIONNAIRE.sections[0]?.title ?? '');
    await progress.getByRole('button', { name: new RegExp(QUESTIONNAIRE.sections[0]?.title ?? '') }).click();
    await expect(questionBlock(phone, 'profil-agent-fonction').getByRole('radio').first()).toBeChecked();

    await phone.getByRole('button', { name: "Afficher l'avancement" }).click();
    await progress.getByRole('button', { name: new RegExp(QUESTIONNAIRE.sections[5]?.title ?? '') }).click();
    for (const [index, sectionId] of SECOND_HALF.entries()) {
      await answerRequired(phone, sectionId);
      await expectSaved(phone);
      if (index < SECOND_HALF.length - 1) await nextSection(phone);
    }

    await phone.getByRole('button', { name: "Afficher l'avancement" }).click();
    await progress.getByRole('button', { name: 'Récapitulatif et envoi' }).click();
    await expect(phone.getByText('Toutes les questions obligatoires ont une réponse.')).toBeVisible();
    await expectNoSeriousViolation(phone);
    await phone.getByRole('button', { name: 'Envoyer le questionnaire au BEP' }).click();
    await phone.getByRole('dialog', { name: 'Envoyer le questionnaire ?' }).getByRole('button', { name: 'Envoyer' }).click();
    await expect(phone.getByRole('heading', { level: 1, name: 'Merci !' })).toBeVisible();
    await close();

    // The manager sees Mettet moved by its binôme, its scores beside the province's median...
    await page.goto('/communes');
    await page.getByRole('table', { name: 'Communes de la province de Namur' }).getByRole('link', { name: METTET, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: METTET })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Étape', exact: true }).locator('[aria-current="step"]')).toContainText('Questionnaire complété');
    const questionnaire = page.getByRole('region', { name: 'Questionnaire de maturité' });
    await expect(questionnaire).toContainText('par la commune, en ligne.');
    await expect(questionnaire.locator('bep-maturity-radar canvas')).toBeVisible();
    const scores = questionnaire.getByRole('table', { name: 'Scores par dimension, sur 100' });
    await expect(scores.getByRole('row')).toHaveCount(7);
    await expect(questionnaire.getByRole('link', { name: `Télécharger le résumé PDF du questionnaire de ${METTET}` })).toBeVisible();
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'commune-maturity');

    // ...and among the communes of the province's heat map.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Maturité numérique' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Maturité numérique' })).toBeVisible();
    const heatMap = page.getByRole('table', { name: /^Scores de maturité numérique par commune/ });
    await expect(heatMap.getByRole('rowheader', { name: METTET })).toBeVisible();
    await heatMap.getByRole('button', { name: 'Indice global' }).click();
    await expect(heatMap.getByRole('columnheader', { name: 'Indice global' })).toHaveAttribute('aria-sort', /ascending|descending/);
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'maturity');
  });

  test("a manager types in a commune's paper answers on the same form, from the commune's page", async ({ page }) => {
    await signIn(page, 'manager@bep.demo');
    await page.goto('/communes');
    // Walcourt began online (three sections saved in the demo): the manager goes on from there.
    await page.getByRole('table', { name: 'Communes de la province de Namur' }).getByRole('link', { name: 'Walcourt', exact: true }).click();
    const questionnaire = page.getByRole('region', { name: 'Questionnaire de maturité' });
    await expect(questionnaire).toContainText('En cours');
    await questionnaire.getByRole('link', { name: 'Saisir des réponses papier' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Réponses papier — Walcourt' })).toBeVisible();
    await expect(questionBlock(page, 'profil-agent-fonction').getByRole('radio', { checked: true })).toHaveCount(1);
    // The whole first section drawn before axe reads it, scrolled to its end: axe takes a question's
    // title outside the shell's scrolling area for hidden text, and its field for unlabelled.
    const lastQuestion = questionBlock(page, section('profil').questions.at(-1)?.id ?? '');
    await lastQuestion.scrollIntoViewIfNeeded();
    await expect(lastQuestion).toBeInViewport();
    await expectNoSeriousViolation(page);
    await saveScreenshots(page, 'paper-answers');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('link', { name: 'Retour à Walcourt' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Walcourt' })).toBeVisible();
  });
});
