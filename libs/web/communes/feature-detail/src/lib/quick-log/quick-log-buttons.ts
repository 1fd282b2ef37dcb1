import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { Activity } from '@bep/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { QuickLogDialog, type QuickLogData } from './quick-log-dialog';
import { QUICK_LOG_TYPES, type QuickLogType } from './quick-log-outcome';

/** Narrower than this, the dialog takes the whole screen (a phone). */
const PHONE_QUERY = '(max-width: 599.98px)';

/**
 * "Appel", "Note", "Réunion": one tap opens the quick log of that type for the engagement (the
 * commune page's top and each Mes communes card). Emits the logged activity, so that the page
 * shows it in its history; the dialog has said what happened.
 */
@Component({
  selector: 'bep-quick-log-buttons',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <div class="buttons" role="group" [attr.aria-label]="'quickLog.group' | transloco: { commune: commune() }">
      @for (type of types; track type) {
        <button mat-stroked-button type="button" [attr.data-quick-log]="type" (click)="open(type)">
          {{ 'activityType.' + type | transloco }}
          <!-- Every card has such buttons: the commune tells them apart to a screen reader. -->
          <span class="bep-visually-hidden">{{ 'quickLog.forCommune' | transloco: { commune: commune() } }}</span>
        </button>
      }
    </div>
  `,
  styles: `
    .buttons {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.5rem;
    }
    /* 48 px high: a thumb's target on a phone. */
    button {
      min-height: 48px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuickLogButtons {
  readonly engagementId = input.required<string>();
  readonly commune = input.required<string>();
  /** An activity was logged: the page reloads what shows it. */
  readonly logged = output<Activity>();

  protected readonly types = QUICK_LOG_TYPES;
  readonly #dialog = inject(MatDialog);
  readonly #breakpoints = inject(BreakpointObserver);

  protected async open(type: QuickLogType): Promise<void> {
    const phone = this.#breakpoints.isMatched(PHONE_QUERY);
    const size = phone ? { width: '100vw', maxWidth: '100vw', height: '100dvh', maxHeight: '100dvh' } : { width: '30rem', maxWidth: '95vw' };
    const ref = this.#dialog.open<QuickLogDialog, QuickLogData, Activity>(QuickLogDialog, {
      data: { engagementId: this.engagementId(), commune: this.commune(), type },
      autoFocus: 'first-tabbable',
      ...size,
    });
    const activity = await firstValueFrom(ref.afterClosed());
    if (activity) this.logged.emit(activity);
  }
}
