import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ConsultantWorkload } from '@bep/contracts';
import { PIPELINE_STAGES } from '@bep/domain';
import { BepDatePipe, BepNumberPipe, BepPercentPipe } from '@bep/web/shared/i18n';
import { WarningIcon } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';

/** One week of a consultant's planned time, as the card draws it. */
interface WeekView {
  weekStart: string;
  plannedHours: number;
  /** Planned over capacity (1 = full); null when the consultant has no capacity. */
  load: number | null;
  /** Width of the bar: full at capacity, never wider. */
  barPercent: number;
  over: boolean;
}

/**
 * A consultant's load: office, weekly capacity, active engagements (as lead, per stage) and, per
 * week, the planned time against the capacity as a bar with its figures in words ("12 h / 32 h",
 * the load in %). A week over capacity says so in words and with an icon, not by colour alone.
 */
@Component({
  selector: 'bep-workload-card',
  imports: [BepDatePipe, BepNumberPipe, BepPercentPipe, TranslocoPipe, WarningIcon],
  templateUrl: './workload-card.html',
  styleUrl: './workload-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkloadCard {
  readonly workload = input.required<ConsultantWorkload>();

  /** The stages the consultant has active engagements in, in pipeline order. */
  protected readonly stages = computed(() => {
    const byStage = this.workload().activeEngagements.byStage;
    return PIPELINE_STAGES.filter((stage) => (byStage[stage] ?? 0) > 0).map((stage) => ({ stage, count: byStage[stage] }));
  });

  protected readonly weeks = computed<WeekView[]>(() =>
    this.workload().weeks.map((week) => ({
      weekStart: week.weekStart,
      plannedHours: week.plannedMinutes / 60,
      load: week.load,
      barPercent: Math.min(week.load ?? 0, 1) * 100,
      over: week.load !== null && week.load > 1,
    })),
  );
}
