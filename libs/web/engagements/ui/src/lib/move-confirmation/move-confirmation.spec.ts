import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import type { BillingTerms } from '@bep/domain';
import { MoveConfirmation, type MoveQuestion } from './move-confirmation';

@Component({ template: '' })
class Host {}

const AT_WORKSHOP: BillingTerms = { billingStage: 'workshop_held', communeShareCents: 75_000 };
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const forward = (overrides: Partial<MoveQuestion> = {}): MoveQuestion => ({
  from: 'diagnostic_requested',
  to: 'workshop_held',
  kind: 'forward',
  needsNote: false,
  commune: 'Gembloux',
  billing: AT_WORKSHOP,
  ...overrides,
});

describe('MoveConfirmation', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  function ask(question: MoveQuestion) {
    const fixture = TestBed.createComponent(Host);
    const answer = TestBed.inject(MoveConfirmation).ask(question);
    return { answer, loader: TestbedHarnessEnvironment.documentRootLoader(fixture) };
  }

  it('asks to confirm a move into the billing stage, saying what the commune is billed', async () => {
    const { answer, loader } = ask(forward());
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(squash(await dialog.getTitleText())).toBe('Passer Gembloux à « Atelier tenu » ?');
    expect(squash(await dialog.getContentText())).toBe(
      'Ce passage engage la facturation : un brouillon de facture de 750,00 € hors TVA (la part de la commune pour le diagnostic) sera préparé pour le service financier. Il ne pourra pas être annulé depuis le message qui suit.',
    );
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer et facturer' }))).click();
    await expect(answer).resolves.toEqual({});
  });

  it('moves nothing when the user declines', async () => {
    const { answer, loader } = ask(forward());
    await (await (await loader.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
    await expect(answer).resolves.toBeNull();
  });

  it('asks nothing for a move that bills nothing and wants no note', async () => {
    const { answer, loader } = ask(forward({ from: 'survey_sent', to: 'survey_answered' }));
    await expect(answer).resolves.toEqual({});
    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
  });

  it('follows the campaign’s billing stage, and says so without the amount when it is unknown', async () => {
    await expect(ask(forward({ billing: { billingStage: 'accompaniment', communeShareCents: 75_000 } })).answer).resolves.toEqual({});
    const { loader } = ask(forward({ from: 'workshop_held', to: 'accompaniment', billing: { billingStage: 'accompaniment', communeShareCents: null } }));
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(squash(await dialog.getContentText())).toContain('un brouillon de facture du diagnostic (la part de la commune)');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
  });

  it('says what is billed in the note prompt of a move that wants a note, and gives the note', async () => {
    const { answer, loader } = ask(forward({ from: 'survey_answered', to: 'accompaniment', kind: 'skip', needsNote: true }));
    const dialog = await loader.getHarness(MatDialogHarness);
    const text = squash(await dialog.getContentText());
    expect(text).toContain('Sauter une étape demande une note qui dit pourquoi.');
    expect(text).toContain('un brouillon de facture de 750,00 € hors TVA');
    await (await dialog.getHarness(MatInputHarness)).setValue('Sans atelier, à la demande du collège');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer et facturer' }))).click();
    await expect(answer).resolves.toEqual({ note: 'Sans atelier, à la demande du collège' });
  });

  it('offers an optional note where the page asks for one (Mes communes), an empty one giving none', async () => {
    const { answer, loader } = ask(forward({ from: 'survey_sent', to: 'survey_answered', offerNote: true }));
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain('Vous pouvez ajouter une note à ce passage.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer à «\u00a0Questionnaire complété\u00a0»' }))).click();
    await expect(answer).resolves.toEqual({});
  });
});
