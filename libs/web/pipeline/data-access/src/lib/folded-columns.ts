import { Injectable, signal } from '@angular/core';
import { CLOSED_STAGES, type ClosedStage, isClosedStage, type Stage } from '@bep/domain';

/** Where the board remembers, on this device, which closed columns the user folded or unfolded. */
export const FOLDED_COLUMNS_KEY = 'bep.pipeline.foldedColumns';

/**
 * The closed columns (Refusé, Retiré) folded on the board: narrowed to their title and count, so
 * that the main path gets the width. Folded at first (they only grow during a campaign and are
 * rarely worked in); each one's state is remembered in localStorage. Only closed stages fold.
 * Provided by the pipeline page.
 */
@Injectable()
export class FoldedColumns {
  readonly #folded = signal<ReadonlySet<ClosedStage>>(stored());

  readonly folded = this.#folded.asReadonly();

  isFolded(stage: Stage): boolean {
    return isClosedStage(stage) && this.#folded().has(stage);
  }

  toggle(stage: Stage): void {
    this.#set(stage, !this.isFolded(stage));
  }

  /** Shows the column, for a card that just moved into it. */
  unfold(stage: Stage): void {
    this.#set(stage, false);
  }

  #set(stage: Stage, folded: boolean): void {
    if (!isClosedStage(stage) || this.isFolded(stage) === folded) return;
    const next = new Set(this.#folded());
    if (folded) next.add(stage);
    else next.delete(stage);
    this.#folded.set(next);
    try {
      localStorage.setItem(FOLDED_COLUMNS_KEY, JSON.stringify([...next]));
    } catch {
      // Storage refused (private browsing, full): folded for this visit only.
    }
  }
}

/** The folded columns remembered, or all closed columns when nothing (readable) is. */
function stored(): ReadonlySet<ClosedStage> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(FOLDED_COLUMNS_KEY) ?? 'null');
    if (Array.isArray(saved)) {
      return new Set(CLOSED_STAGES.filter((stage) => saved.includes(stage)));
    }
  } catch {
    // Unreadable: as at first.
  }
  return new Set(CLOSED_STAGES);
}
