import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BepLongDatePipe, BepNumberPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { daysUntil } from '../deadline';

/** The campaign's deadline, with the days left or how long ago it passed. */
@Component({
  selector: 'bep-deadline-card',
  imports: [BepLongDatePipe, BepNumberPipe, TranslocoPipe],
  template: `
    <section aria-labelledby="dashboard-deadline-heading">
      <h2 id="dashboard-deadline-heading">{{ 'dashboard.deadline.heading' | transloco }}</h2>
      <p class="date">{{ deadline() | bepLongDate }}</p>
      @let days = daysLeft();
      <p class="status" [class.past]="days < 0">
        @if (days > 0) {
          {{ 'dashboard.deadline.left' | transloco: { days: (days | bepNumber) } }}
        } @else if (days === 0) {
          {{ 'dashboard.deadline.today' | transloco }}
        } @else {
          {{ 'dashboard.deadline.past' | transloco: { days: (-days | bepNumber) } }}
        }
      </p>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .date {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-headline-small);
    }
    .status {
      margin: 0;
    }
    .past {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeadlineCard {
  /** `YYYY-MM-DD`. */
  readonly deadline = input.required<string>();
  /** When the figures were computed: the days count from that moment's Brussels day. */
  readonly asOf = input.required<string>();

  protected readonly daysLeft = computed(() => daysUntil(this.deadline(), this.asOf()));
}
