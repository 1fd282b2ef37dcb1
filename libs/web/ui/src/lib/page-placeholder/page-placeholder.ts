import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A page with only a heading and a message: an unknown address today, a page announced in the
 * navigation before it is built.
 * Routes feed `heading` and `message`, two translation keys, through route data (component input binding).
 */
@Component({
  selector: 'bep-page-placeholder',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ heading() | transloco }}</h1>
    <p class="message">{{ message() | transloco }}</p>
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
  /** Translation key of the heading, e.g. `page.invoices`. */
  readonly heading = input.required<string>();
  /** Translation key of the message, e.g. `notFound.message`. */
  readonly message = input.required<string>();
}
