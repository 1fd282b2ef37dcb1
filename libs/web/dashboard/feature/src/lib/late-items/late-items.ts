import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { LateItem, PipelineStats } from '@bep/contracts';
import { BepDatePipe, BepNumberPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The kinds of late items in the order their counts show. Typed as a record so that a new kind
 * fails the build; not `LATE_ITEM_KINDS`: a value import of `@bep/contracts` would bring zod into
 * the bundle.
 */
const KINDS = Object.keys({
  'survey-unanswered': true,
  'diagnostic-not-scheduled': true,
  'activity-overdue': true,
} satisfies Record<LateItem['kind'], true>) as LateItem['kind'][];

/** Rows shown before the user asks for all of them. */
const FIRST_ROWS = 10;

/** What waits longer than the campaign's settings allow, the longest late first, each commune linked. */
@Component({
  selector: 'bep-late-items',
  imports: [BepDatePipe, BepNumberPipe, MatButtonModule, RouterLink, TranslocoPipe],
  templateUrl: './late-items.html',
  styleUrl: './late-items.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LateItems {
  readonly late = input.required<PipelineStats['late']>();

  protected readonly kinds = KINDS;
  protected readonly showAll = signal(false);
  protected readonly total = computed(() => this.late().items.length);
  protected readonly hasMore = computed(() => this.total() > FIRST_ROWS);
  protected readonly items = computed(() => (this.showAll() ? this.late().items : this.late().items.slice(0, FIRST_ROWS)));
}
