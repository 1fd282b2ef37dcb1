import { provideHttpClient } from '@angular/common/http';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import type { TransitionResult } from '@bep/contracts';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import type { BillingTerms } from './billing-terms';
import { type MadeMove, MoveFeedback } from './move-feedback';
import type { MoveResult } from './move-result';

@Component({ template: '' })
class Host {}

const TERMS: BillingTerms = { billingStage: 'workshop_held', communeShareCents: 75_000 };
const moved = (stage: TransitionResult['stage'], version: number): TransitionResult => ({
  id: 'e1e1e1e1-0000-4000-8000-000000000001',
  stage,
  stageEnteredAt: '2019-06-12T08:00:00.000Z',
  version,
  lead: null,
  kind: 'forward',
});
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('MoveFeedback', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideI18nTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
  });

  async function announce(move: Partial<MadeMove>) {
    const fixture = TestBed.createComponent(Host);
    const moveBack = jest.fn<Promise<MoveResult>, Parameters<MadeMove['moveBack']>>();
    TestBed.inject(MoveFeedback).announce({
      commune: 'Gembloux',
      from: 'survey_sent',
      moved: moved('survey_answered', 4),
      actor: 'manager',
      work: { diagnosticDone: true, workshopDone: true },
      billing: TERMS,
      moveBack,
      ...move,
    });
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    return { fixture, moveBack, loader, bar: await loader.getHarness(MatSnackBarHarness) };
  }

  it('says what happened, with Annuler that moves back (with the note the rules want) and says so in its own message', async () => {
    const { fixture, moveBack, loader, bar } = await announce({});
    expect(squash(await bar.getMessage())).toBe('Gembloux : Questionnaire envoyé → Questionnaire complété');
    expect(await bar.getActionDescription()).toBe('Annuler');
    moveBack.mockResolvedValue({ status: 'moved', engagement: { ...moved('survey_sent', 5), kind: 'backward' } });

    await bar.dismissWithAction();
    await fixture.whenStable();
    expect(moveBack).toHaveBeenCalledWith('survey_sent', expect.stringContaining('Questionnaire complété'));
    const undone = await loader.getHarness(MatSnackBarHarness);
    expect(squash(await undone.getMessage())).toBe('Gembloux : déplacement annulé, retour à « Questionnaire envoyé ».');
    expect(await undone.hasAction()).toBe(false);
  });

  it('offers no Annuler for a move into the billing stage', async () => {
    const { bar } = await announce({ from: 'diagnostic_requested', moved: moved('workshop_held', 4) });
    expect(squash(await bar.getMessage())).toBe('Gembloux : Diagnostic demandé → Atelier tenu');
    expect(await bar.hasAction()).toBe(false);
  });

  it('offers no Annuler to a consultant, who may not move back', async () => {
    const { bar } = await announce({ actor: 'assigned-consultant' });
    expect(await bar.hasAction()).toBe(false);
  });

  it('says why the move back failed', async () => {
    const { fixture, moveBack, loader, bar } = await announce({});
    moveBack.mockResolvedValue({ status: 'conflict', failure: { status: 409, rule: null, detail: 'Changed.', fields: {} } });
    await bar.dismissWithAction();
    await fixture.whenStable();
    const failed = await loader.getHarness(MatSnackBarHarness);
    expect(squash(await failed.getMessage())).toBe("Le déplacement de Gembloux n'a pas pu être annulé : la commune a été modifiée entre-temps par quelqu'un d'autre.");
    expect(await failed.getAriaLive()).toBe('assertive');
  });
});
