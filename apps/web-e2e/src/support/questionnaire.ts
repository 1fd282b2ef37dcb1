import { expect, type Locator, type Page } from '@playwright/test';
import { RADIOSCOPIE_QUESTIONNAIRE, type Question, type Questionnaire, type QuestionnaireSection } from '@bep/domain';
import { QUESTIONNAIRES } from '@bep/domain/survey-data';

/** The questionnaire the demo's campaign uses: the programme's latest version. */
export const QUESTIONNAIRE = QUESTIONNAIRES.filter((candidate) => candidate.code === RADIOSCOPIE_QUESTIONNAIRE).sort((a, b) => b.version - a.version)[0] as Questionnaire;

export function section(id: string): QuestionnaireSection {
  const found = QUESTIONNAIRE.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No section ${id} in the questionnaire`);
  return found;
}

/** A question as the form library draws it: its block carries the question's id. */
export const questionBlock = (page: Page, id: string): Locator => page.locator(`[data-name="${id}"]`);

/**
 * Answers the required questions of a section that are shown without a condition, as a person
 * does on the form: a tap on a choice's label (the library hides the inputs themselves behind
 * drawn boxes), a scale's value picked from its menu (a phone's layout), every row of a matrix,
 * a number or a text typed in. Each first choice, the lowest number.
 */
export async function answerRequired(page: Page, sectionId: string): Promise<void> {
  for (const question of section(sectionId).questions.filter((candidate) => candidate.required && !candidate.visibleIf)) {
    await answer(page, question);
  }
}

async function answer(page: Page, question: Question): Promise<void> {
  const block = questionBlock(page, question.id);
  await block.scrollIntoViewIfNeeded();
  switch (question.kind) {
    case 'single':
    case 'multiple':
      await block.locator('label').filter({ hasText: question.options[0]?.label ?? '' }).first().click();
      return;
    case 'scale':
      await block.getByRole('combobox').click();
      await page.getByRole('option', { name: String(question.max) }).click();
      return;
    case 'matrix':
      for (const row of question.rows) {
        await block.getByRole('radio', { name: `ligne ${row.label}, colonne ${question.columns.at(-1)?.label ?? ''}` }).locator('xpath=..').click();
      }
      return;
    case 'number':
      await block.getByRole('spinbutton').fill(String(question.min));
      return;
    case 'text':
      await block.getByRole('textbox').fill('Rien à ajouter.');
      return;
  }
}

/** A little more than the pause after which the form saves a section's changes (800 ms). */
const SAVE_PAUSE_MS = 1_000;

/**
 * Waits until every change is saved: past the pause that starts a save, the status line says
 * "Enregistré à…" only once no save is under way ("Enregistrement…" meanwhile).
 */
export async function expectSaved(page: Page): Promise<void> {
  await page.waitForTimeout(SAVE_PAUSE_MS);
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré à' })).toBeVisible();
}
