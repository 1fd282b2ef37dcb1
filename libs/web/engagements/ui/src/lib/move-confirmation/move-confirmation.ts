import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { type BillingTerms, entersBillingStage, type MissingWork, type Stage, type TransitionKind } from '@bep/domain';
import { formatMoney } from '@bep/web/shared/i18n';
import { confirmAction } from '@bep/web/ui-material';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { MoveNotePrompt } from '../move-note/move-note-prompt';

/** A move the rules allow (planMove), before it is sent. */
export interface MoveQuestion {
  from: Stage;
  to: Stage;
  kind: TransitionKind;
  /** The rules want a note (planMove's `needs-note`). */
  needsNote: boolean;
  /** The work a manager's note overrides, for the billing stage. */
  missing?: MissingWork;
  /** Named in the question where the page does not name the commune already. */
  commune?: string;
  /** The campaign's billing terms (when they could not be read: the default billing stage, no amount). */
  billing: BillingTerms;
  /** Ask for a note even when the rules want none (optional then): Mes communes' quick move. */
  offerNote?: boolean;
}

/** What the user answered: go on, with this note (none when left blank or not asked). */
export interface MoveAnswer {
  note?: string;
}

/**
 * The one place that decides what to ask before a stage move and asks it, for the board (drag and
 * menu), the commune page's stepper and Mes communes: the note the rules want (MoveNotePrompt),
 * and, for a move that commits money (entering the campaign's billing stage: the diagnostic's draft
 * invoice is queued with the move), a confirmation that says what will be billed. A move that
 * needs neither goes without a question.
 */
@Injectable({ providedIn: 'root' })
export class MoveConfirmation {
  readonly #dialog = inject(MatDialog);
  readonly #moveNote = inject(MoveNotePrompt);
  readonly #transloco = inject(TranslocoService);

  /** Resolves with the answer, or null when the user declined: then nothing moves. */
  async ask(question: MoveQuestion): Promise<MoveAnswer | null> {
    const billing = this.billingText(question);
    if (question.needsNote || question.offerNote) {
      const note = await this.#moveNote.ask({ to: question.to, kind: question.kind, commune: question.commune, missing: question.missing, billing: billing ?? undefined });
      return note === null ? null : note ? { note } : {};
    }
    if (!billing) {
      return {};
    }
    const text = (key: string, params?: Record<string, unknown>) => this.#transloco.translate(key, params);
    const stage = text(`stage.${question.to}`);
    const confirmed = await firstValueFrom(
      confirmAction(this.#dialog, {
        title: text(`move.${question.commune ? 'titleOf' : 'title'}.forward`, { stage, commune: question.commune }),
        message: billing,
        confirmLabel: text('move.billing.confirm'),
      }),
    );
    return confirmed ? {} : null;
  }

  /** What the move bills, in words; null when it bills nothing. */
  billingText({ from, to, billing }: Pick<MoveQuestion, 'from' | 'to' | 'billing'>): string | null {
    if (!entersBillingStage(from, to, billing.billingStage)) {
      return null;
    }
    const cents = billing.communeShareCents;
    const what = cents === null ? this.#transloco.translate('move.billing.unknownAmount') : this.#transloco.translate('move.billing.amount', { amount: formatMoney(cents) });
    return `${what} ${this.#transloco.translate('move.billing.final')}`;
  }
}
