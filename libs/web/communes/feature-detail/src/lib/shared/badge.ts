import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A short tag next to a name ("Binôme", "Responsable", "En retard"); `tone="alert"` for what needs attention. */
@Component({
  selector: 'bep-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<ng-content />',
  host: { '[class.alert]': 'tone() === "alert"' },
  styles: `
    :host {
      display: inline-block;
      padding: 0 0.5rem;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
      line-height: 1.5rem;
      white-space: nowrap;
    }
    :host(.alert) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class Badge {
  readonly tone = input<'info' | 'alert'>('info');
}
