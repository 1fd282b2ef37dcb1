import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A page that is announced in the navigation but not built yet.
 * Routes feed `heading` and `message` through route data (component input binding).
 */
@Component({
  selector: 'bep-page-placeholder',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ heading() }}</h1>
    <p class="message">{{ message() }}</p>
  `,
  styles: `
    :host {
      display: block;
      max-width: 48rem;
    }
    .message {
      padding: 1rem 1.25rem;
      border-left: 4px solid var(--mat-sys-primary);
      border-radius: 4px;
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class PagePlaceholder {
  readonly heading = input.required<string>();
  readonly message = input.required<string>();
}
