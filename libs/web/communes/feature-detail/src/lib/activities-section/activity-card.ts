import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { Activity } from '@bep/contracts';
import { BepDateTimePipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { Badge } from '../shared/badge';

/** One activity of a list: what, when, where, with whom, its outcome, and its actions. */
@Component({
  selector: 'bep-activity-card',
  imports: [Badge, BepDateTimePipe, MatButtonModule, TranslocoPipe],
  templateUrl: './activity-card.html',
  styleUrl: './activity-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityCard {
  readonly activity = input.required<Activity>();
  /** Not done yet: it may be marked done, and it is late once its time has passed. */
  readonly pending = input.required<boolean>();
  /** The user may change the engagement's activities. */
  readonly canAct = input.required<boolean>();
  /** An action on it is under way. */
  readonly busy = input(false);
  readonly completeRequested = output();
  readonly deleteRequested = output();

  protected readonly overdue = computed(() => {
    const scheduledAt = this.activity().scheduledAt;
    return !!scheduledAt && Date.parse(scheduledAt) < Date.now();
  });

  protected readonly participants = computed(() => {
    const { contacts, consultants } = this.activity().participants;
    return [...contacts, ...consultants].map((person) => person.name).join(', ');
  });
}
