import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { NextDue } from '@bep/web/communes/data-access';
import { BepDateTimePipe } from '@bep/web/shared/i18n';
import { WarningIcon } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * "À faire ensuite": the one thing to see to first on an engagement (nextDue), at the top of a
 * commune page and of each Mes communes card. Late says so in words and with an icon, not by colour alone.
 */
@Component({
  selector: 'bep-next-due-note',
  imports: [BepDateTimePipe, TranslocoPipe, WarningIcon],
  template: `
    @let due = next();
    <p class="label">{{ 'nextDue.heading' | transloco }}</p>
    <p class="what" [class.late]="due.kind === 'activity' && due.overdue">
      @switch (due.kind) {
        @case ('activity') {
          @if (due.overdue) {
            <span class="flag"><bep-warning-icon /> {{ 'nextDue.overdue' | transloco }} ·</span>&ngsp;
          }
          <span class="type">{{ 'activityType.' + due.activity.type | transloco }}</span> · {{ due.activity.subject }},
          @if (due.activity.scheduledAt; as scheduledAt) {
            <time [attr.datetime]="scheduledAt">{{ 'nextDue.scheduledAt' | transloco: { date: (scheduledAt | bepDateTime) } }}</time>
          } @else {
            {{ 'nextDue.undated' | transloco }}
          }
        }
        @case ('stage') {
          {{ 'nextDue.stage.' + due.stage | transloco }}
        }
      }
    </p>
  `,
  styles: `
    :host {
      display: block;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      border-radius: 4px;
    }
    p {
      margin: 0;
    }
    .label {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .what {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .late .flag {
      color: var(--mat-sys-error);
    }
    .type {
      font-weight: 400;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NextDueNote {
  readonly next = input.required<NextDue>();
}
