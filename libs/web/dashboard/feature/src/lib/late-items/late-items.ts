import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { PipelineStats } from '@bep/contracts';
import { LATE_KINDS } from '@bep/domain';
import { BepDatePipe, BepNumberPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/** Rows shown before the user asks for all of them. */
const FIRST_ROWS = 10;

/**
 * What waits longer than the campaign's settings allow, each commune linked: what needs a person
 * first (LATE_KINDS, the counts in that order too), the longest late first within a kind.
 */
@Component({
  selector: 'bep-late-items',
  imports: [BepDatePipe, BepNumberPipe, MatButtonModule, RouterLink, TranslocoPipe],
  templateUrl: './late-items.html',
  styleUrl: './late-items.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LateItems {
  readonly late = input.required<PipelineStats['late']>();

  protected readonly kinds = LATE_KINDS;
  protected readonly showAll = signal(false);
  protected readonly total = computed(() => this.late().items.length);
  protected readonly hasMore = computed(() => this.total() > FIRST_ROWS);
  protected readonly items = computed(() => (this.showAll() ? this.late().items : this.late().items.slice(0, FIRST_ROWS)));
}
