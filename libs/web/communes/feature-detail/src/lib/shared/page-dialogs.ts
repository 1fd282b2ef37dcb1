import type { ComponentType } from '@angular/cdk/portal';
import { inject, Injectable, Injector } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { confirmAction, promptText, type TextPromptData } from '@bep/web/ui-material';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/**
 * The commune page's dialogs, confirmations and short messages, in the interface language.
 * Provided by the page: dialogs open with the page's injector, so that they read the page's store
 * and its translations (MatDialog alone would give them the application's injector).
 */
@Injectable()
export class PageDialogs {
  readonly #dialog = inject(MatDialog);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);
  readonly #injector = inject(Injector);

  /** Opens `component` with `data`; resolves with what it closes with (undefined when cancelled). */
  open<C, D, R>(component: ComponentType<C>, data: D, width = '32rem'): Promise<R | undefined> {
    const ref = this.#dialog.open<C, D, R>(component, { data, injector: this.#injector, width, maxWidth: '95vw', autoFocus: 'first-tabbable' });
    return firstValueFrom(ref.afterClosed());
  }

  /** Asks to confirm a destructive action; `keys` holds `title`, `message` and `confirm` (e.g. `commune.contacts.deleteConfirm`). */
  confirm(keys: string, params: Record<string, unknown>): Promise<boolean> {
    const text = (key: string) => this.#transloco.translate(`${keys}.${key}`, params);
    return firstValueFrom(
      confirmAction(this.#dialog, {
        title: text('title'),
        message: text('message'),
        confirmLabel: text('confirm'),
        destructive: true,
      }),
    );
  }

  /** Asks for a text (promptText); resolves with it, trimmed, or null when cancelled. */
  prompt(data: TextPromptData): Promise<string | null> {
    return firstValueFrom(promptText(this.#dialog, data, { injector: this.#injector }));
  }

  /** A short message that screen readers announce (the snack bar is a polite live region). */
  announce(key: string, params: Record<string, unknown> = {}): void {
    this.#snackBar.open(this.#transloco.translate(key, params), undefined, { duration: 5000 });
  }

  translate(key: string, params: Record<string, unknown> = {}): string {
    return this.#transloco.translate(key, params);
  }
}
