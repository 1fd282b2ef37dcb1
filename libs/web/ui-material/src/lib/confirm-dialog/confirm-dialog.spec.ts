import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { firstValueFrom } from 'rxjs';
import { confirmAction } from './confirm-dialog';

@Component({ template: '' })
class Host {}

describe('ConfirmDialog', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  async function ask() {
    const dialog = TestBed.inject(MatDialog);
    const fixture = TestBed.createComponent(Host);
    const answer = firstValueFrom(
      confirmAction(dialog, {
        title: 'Désactiver Alice ?',
        message: 'Ses sessions seront fermées.',
        confirmLabel: 'Désactiver',
        destructive: true,
      }),
    );
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const harness = await loader.getHarness(MatDialogHarness);
    return { answer, harness };
  }

  it('shows the question and resolves true when confirmed', async () => {
    const { answer, harness } = await ask();
    expect(await harness.getTitleText()).toBe('Désactiver Alice ?');
    expect(await harness.getContentText()).toBe('Ses sessions seront fermées.');
    const [, confirm] = await harness.getAllHarnesses(MatButtonHarness);
    expect(await confirm.getText()).toBe('Désactiver');
    await confirm.click();
    await expect(answer).resolves.toBe(true);
  });

  it('resolves false when cancelled', async () => {
    const { answer, harness } = await ask();
    await (await harness.getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
    await expect(answer).resolves.toBe(false);
  });

  it('offers to cancel in the interface language', async () => {
    TestBed.inject(LanguageStore).use('en');
    const { answer, harness } = await ask();
    await (await harness.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
    await expect(answer).resolves.toBe(false);
  });
});
