import { BreakpointObserver } from '@angular/cdk/layout';
import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** Narrower than this (a phone, a tablet with the navigation beside the page), a list of cards reads better than a table (the lists of the Rappels and Factures pages). */
export const COMPACT_LAYOUT = '(max-width: 839.98px)';

/** Whether the screen is narrow enough for cards rather than a table; call in an injection context. */
export function compactLayout(): Signal<boolean> {
  return toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_LAYOUT)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
}
