import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * The warning triangle beside a flag written in words ("En retard", "Au-delà de la capacité"):
 * decorative, hidden from screen readers; it takes the colour of the text.
 */
@Component({
  selector: 'bep-warning-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true' },
  template: `
    <svg focusable="false" viewBox="0 0 24 24" width="18" height="18">
      <path fill="currentColor" d="M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
    }
  `,
})
export class WarningIcon {}
