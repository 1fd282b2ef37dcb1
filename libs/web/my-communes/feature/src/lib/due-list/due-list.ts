import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DueItem } from '@bep/web/my-communes/data-access';
import { BepDatePipe, BepDateTimePipe, BepNumberPipe } from '@bep/web/shared/i18n';
import { WarningIcon } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * What the consultant should see to next, in order: the late items of their communes, then their
 * planned activities, soonest first. Late and overdue entries say so in words and with an icon, not
 * by colour alone.
 */
@Component({
  selector: 'bep-due-list',
  imports: [BepDatePipe, BepDateTimePipe, BepNumberPipe, RouterLink, TranslocoPipe, WarningIcon],
  templateUrl: './due-list.html',
  styleUrl: './due-list.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DueList {
  readonly items = input.required<DueItem[]>();

  protected key(item: DueItem): string {
    return item.kind === 'late' ? `late-${item.late.kind}-${item.late.engagementId}-${item.late.activity?.id ?? ''}` : item.activity.id;
  }
}
