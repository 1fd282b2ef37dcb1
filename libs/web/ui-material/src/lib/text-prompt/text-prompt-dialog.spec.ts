import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { firstValueFrom } from 'rxjs';
import { promptText, type TextPromptData } from './text-prompt-dialog';

@Component({ template: '' })
class Host {}

const NOTE: TextPromptData = {
  title: 'Déplacer vers « Refusé »',
  message: 'Clore un engagement demande une note qui dit pourquoi.',
  label: 'Note',
  hint: 'Elle figurera dans l’historique de l’engagement.',
  required: 'La note est obligatoire.',
  maxLength: 30,
  tooLong: 'La note compte au plus 30 caractères.',
  confirmLabel: 'Déplacer',
};

describe('TextPromptDialog', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideI18nTesting()] }));

  async function ask(data: TextPromptData) {
    const fixture = TestBed.createComponent(Host);
    const answer = firstValueFrom(promptText(TestBed.inject(MatDialog), data));
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    return { answer, dialog };
  }

  it('shows the question, requires the text, and closes with it trimmed', async () => {
    const { answer, dialog } = await ask(NOTE);
    expect(await dialog.getTitleText()).toBe('Déplacer vers « Refusé »');
    expect(await dialog.getContentText()).toContain('Clore un engagement demande une note qui dit pourquoi.');
    const field = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: /Note/ }));
    expect(await field.getTextHints()).toEqual(['Elle figurera dans l’historique de l’engagement.']);

    await (await dialog.getHarness(MatInputHarness)).setValue('   ');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Déplacer' }))).click();
    expect(await field.getTextErrors()).toEqual(['La note est obligatoire.']);

    await (await dialog.getHarness(MatInputHarness)).setValue('  La commune renonce  ');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Déplacer' }))).click();
    await expect(answer).resolves.toBe('La commune renonce');
  });

  it('takes no more than the limit, and says so of a longer text', async () => {
    const { dialog } = await ask(NOTE);
    const input = await dialog.getHarness(MatInputHarness);
    expect(await (await input.host()).getAttribute('maxlength')).toBe('30');
    await input.setValue('x'.repeat(31));
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Déplacer' }))).click();
    expect(await (await dialog.getHarness(MatFormFieldHarness)).getTextErrors()).toEqual(['La note compte au plus 30 caractères.']);
  });

  it('closes with an empty text when an optional one is left blank', async () => {
    const { answer, dialog } = await ask({ ...NOTE, required: undefined, label: 'Note (facultative)' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Déplacer' }))).click();
    await expect(answer).resolves.toBe('');
  });

  it('closes with null when cancelled', async () => {
    const { answer, dialog } = await ask(NOTE);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
    await expect(answer).resolves.toBeNull();
  });
});
