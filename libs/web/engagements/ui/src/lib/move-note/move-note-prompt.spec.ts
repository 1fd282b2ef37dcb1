import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { type MoveNoteQuestion, MoveNotePrompt } from './move-note-prompt';

@Component({ template: '' })
class Host {}

describe('MoveNotePrompt', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  async function ask(question: MoveNoteQuestion) {
    const fixture = TestBed.createComponent(Host);
    const note = TestBed.inject(MoveNotePrompt).ask(question);
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    const field = await dialog.getHarness(MatFormFieldHarness);
    return { note, dialog, field };
  }

  it('asks for the note the rules want, saying why, and names the commune when asked to', async () => {
    const { note, dialog, field } = await ask({ to: 'accompaniment', kind: 'skip', commune: 'Ciney' });
    expect(await dialog.getTitleText()).toBe('Déplacer Ciney vers «\u00a0Accompagnement\u00a0»');
    expect(await dialog.getContentText()).toContain('Sauter une étape demande une note qui dit pourquoi.');
    expect(await field.getLabel()).toBe('Note');
    expect(await field.getTextHints()).toEqual(["Elle figurera dans l'historique de l'engagement."]);

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Déplacer' }))).click();
    expect(await field.getTextErrors()).toEqual(['La note est obligatoire.']);
    await (await dialog.getHarness(MatInputHarness)).setValue('  La commune veut un accompagnement  ');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Déplacer' }))).click();
    await expect(note).resolves.toBe('La commune veut un accompagnement');
  });

  it('leaves the commune out where the page names it already', async () => {
    const { dialog } = await ask({ to: 'declined', kind: 'close' });
    expect(await dialog.getTitleText()).toBe('Déplacer vers «\u00a0Refusé\u00a0»');
    expect(await dialog.getContentText()).toContain('Clore un engagement demande une note qui dit pourquoi.');
  });

  it('confirms a move to the next stage with an optional note', async () => {
    const { note, dialog, field } = await ask({ to: 'workshop_held', kind: 'forward', commune: 'Gembloux' });
    expect(await dialog.getTitleText()).toBe('Passer Gembloux à «\u00a0Atelier tenu\u00a0»\u00a0?');
    expect(await field.getLabel()).toBe('Note (facultative)');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer à «\u00a0Atelier tenu\u00a0»' }))).click();
    await expect(note).resolves.toBe('');
  });

  it('asks a manager for the note that overrides the missing work, saying what is missing', async () => {
    const { note, dialog, field } = await ask({ to: 'workshop_held', kind: 'forward', commune: 'Gembloux', missing: 'workshop' });
    expect(await dialog.getTitleText()).toBe('Déplacer Gembloux vers «\u00a0Atelier tenu\u00a0»');
    expect(await dialog.getContentText()).toContain("Aucun atelier n'est enregistré comme fait. En tant que gestionnaire, vous pouvez passer outre");
    expect(await field.getLabel()).toBe('Note');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer outre' }))).click();
    expect(await field.getTextErrors()).toEqual(['La note est obligatoire.']);
    await (await dialog.getHarness(MatInputHarness)).setValue('Atelier tenu hier, compte rendu à venir');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Passer outre' }))).click();
    await expect(note).resolves.toBe('Atelier tenu hier, compte rendu à venir');
  });

  it('resolves null when cancelled', async () => {
    const { note, dialog } = await ask({ to: 'survey_sent', kind: 'reopen' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
    await expect(note).resolves.toBeNull();
  });

  it('speaks the interface language', async () => {
    TestBed.inject(LanguageStore).use('en');
    const { dialog } = await ask({ to: 'workshop_held', kind: 'backward', commune: 'Andenne' });
    expect(await dialog.getTitleText()).toBe('Move Andenne to “Workshop held”');
    expect(await dialog.getContentText()).toContain('Moving back to an earlier stage needs a note that says why.');
  });
});
