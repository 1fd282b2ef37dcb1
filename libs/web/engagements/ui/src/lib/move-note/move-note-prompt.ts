import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { MissingWork, Stage, TransitionKind } from '@bep/domain';
import { promptText } from '@bep/web/ui-material';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** The move a note is asked for. */
export interface MoveNoteQuestion {
  to: Stage;
  kind: TransitionKind;
  /** Named in the title where the page does not name the commune already (the board, Mes communes). */
  commune?: string;
  /** The work not recorded as done for the billing stage: the manager's note overrides it, so it is required. */
  missing?: MissingWork;
  /** The move enters the billing stage: what it bills, said in the question (MoveConfirmation words it). */
  billing?: string;
}

/**
 * The API's limit on a move's note (transitionRequestSchema in @bep/contracts). Written out rather
 * than read from the schema, which would bring zod into the pages' bundles.
 */
const MOVE_NOTE_MAX_LENGTH = 2000;

/**
 * Asks for the note of a stage move, in the shared words `move.*`: optional for a move to the next
 * stage (the user confirms the move), required by the stage rules for every other kind (skipping,
 * going back, closing, reopening), with the reason the rules want it; required too for a manager's
 * move into the billing stage before its work is recorded as done, which the note overrides.
 */
@Injectable({ providedIn: 'root' })
export class MoveNotePrompt {
  readonly #dialog = inject(MatDialog);
  readonly #transloco = inject(TranslocoService);

  /** Resolves with the note, trimmed ('' when an optional one is left blank), or null when the user cancelled: then nothing moves. */
  ask({ to, kind, commune, missing, billing }: MoveNoteQuestion): Promise<string | null> {
    const text = (key: string, params?: Record<string, unknown>) => this.#transloco.translate(key, params);
    const optional = kind === 'forward' && !missing;
    const variant = optional ? 'forward' : 'other';
    const stage = text(`stage.${to}`);
    return firstValueFrom(
      promptText(this.#dialog, {
        title: text(`move.${commune ? 'titleOf' : 'title'}.${variant}`, { stage, commune }),
        message: [missing ? `${text(`move.override.${missing}`)} ${text('move.override.why')}` : text(`move.why.${kind}`), billing].filter(Boolean).join(' '),
        label: text(optional ? 'move.noteOptional' : 'move.note'),
        hint: text('move.hint'),
        required: optional ? undefined : text('move.required'),
        maxLength: MOVE_NOTE_MAX_LENGTH,
        tooLong: text('move.tooLong'),
        confirmLabel: text(missing ? 'move.confirm.override' : billing ? 'move.billing.confirm' : `move.confirm.${variant}`, { stage }),
      }),
    );
  }
}
