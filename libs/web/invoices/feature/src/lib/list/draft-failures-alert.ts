import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { InvoiceDraftFailure } from '@bep/contracts';
import { BepDateTimePipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/** The drafts the billing job could not make (an engagement entered the billing stage): finance acts on them. */
@Component({
  selector: 'bep-draft-failures-alert',
  imports: [BepDateTimePipe, BepPluralPipe, TranslocoPipe],
  template: `
    <section class="bep-error-banner failures" role="alert" aria-labelledby="draft-failures-heading">
      <h2 id="draft-failures-heading">{{ 'invoices.draftFailures.title' | bepPlural: failures().length | transloco: { count: failures().length } }}</h2>
      <p>{{ 'invoices.draftFailures.intro' | transloco }}</p>
      <ul>
        @for (failure of failures(); track failure.engagementId + failure.service) {
          <li>
            {{
              'invoices.draftFailures.item'
                | transloco
                  : {
                      commune: failure.commune.name,
                      service: ('invoices.service.' + failure.service | transloco),
                      error: failure.lastError,
                      attempts: failure.attempts,
                      date: (failure.failedAt | bepDateTime),
                    }
            }}
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .failures {
      display: block;
      margin-bottom: 1rem;
    }
    h2 {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-medium);
    }
    p,
    ul {
      margin: 0 0 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DraftFailuresAlert {
  readonly failures = input.required<readonly InvoiceDraftFailure[]>();
}
