import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { TransitionResult } from '@bep/contracts';
import type { Stage, TransitionActor, WorkDone } from '@bep/domain';
import { failureText } from '@bep/web/shared/data-access';
import { TranslocoService } from '@jsverse/transloco';
import type { BillingTerms } from './billing-terms';
import { moveFailure, type MoveResult } from './move-result';
import { undoOf } from './move-undo';

/** A move the server made, as its message and its undo need it. */
export interface MadeMove {
  commune: string;
  /** The stage it left. */
  from: Stage;
  /** The server's answer: the new stage, and the version the undo is sent with. */
  moved: TransitionResult;
  /** Who the user is on the engagement, and the work recorded as done: the rules of the undo. */
  actor: TransitionActor | null;
  work: WorkDone;
  /** The campaign's billing terms (CampaignBillingTerms). */
  billing: BillingTerms;
  /**
   * Moves the engagement back, the page's own way (so that it shows it like any move: the board's
   * card, the commune page's stepper), from the stage and version of `moved`. Not announced by the
   * page: the message of the undo is this service's.
   */
  moveBack: (to: Stage, note: string | undefined) => Promise<MoveResult>;
}

/** With *Annuler*, the message stays long enough to reach the button, by keyboard too. */
const WITH_UNDO_MS = 10_000;
const PLAIN_MS = 5_000;

/**
 * The message after a stage move, the same on the board, the commune page and Mes communes:
 * "Gembloux : Diagnostic demandé → Atelier tenu", with *Annuler* when the rules let this user undo
 * it (undoOf). *Annuler* makes the move back and says how that went, in a message of its own.
 * The snack bar is a polite live region: screen readers read it out.
 */
@Injectable({ providedIn: 'root' })
export class MoveFeedback {
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);

  announce(move: MadeMove): void {
    const t = (key: string, params?: Record<string, unknown>) => this.#transloco.translate(key, params);
    const text = t('move.feedback.moved', { commune: move.commune, from: t(`stage.${move.from}`), to: t(`stage.${move.moved.stage}`) });
    const undo = undoOf({ from: move.from, to: move.moved.stage }, move.actor, move.work, move.billing);
    if (!undo) {
      this.#snackBar.open(text, undefined, { duration: PLAIN_MS, politeness: 'polite' });
      return;
    }
    const ref = this.#snackBar.open(text, t('move.feedback.undo'), { duration: WITH_UNDO_MS, politeness: 'polite' });
    ref.onAction().subscribe(() => void this.#undo(move, undo.to, undo.needsNote ? t('move.feedback.undoNote', { stage: t(`stage.${move.moved.stage}`) }) : undefined));
  }

  async #undo(move: MadeMove, to: Stage, note: string | undefined): Promise<void> {
    const t = (key: string, params?: Record<string, unknown>) => this.#transloco.translate(key, params);
    const result = await move.moveBack(to, note);
    const text =
      result.status === 'moved'
        ? t('move.feedback.undone', { commune: move.commune, stage: t(`stage.${result.engagement.stage}`) })
        : t('move.feedback.undoFailed', {
            commune: move.commune,
            reason: failureText(moveFailure(result), { statuses: { 409: 'move.feedback.undoStale' } }, this.#transloco),
          });
    this.#snackBar.open(text, undefined, { duration: PLAIN_MS, politeness: result.status === 'moved' ? 'polite' : 'assertive' });
  }
}
