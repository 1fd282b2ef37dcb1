import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PipelineStats } from '@bep/contracts';
import { BepNumberPipe } from '@bep/web/shared/i18n';
import { StageSwatch, statusKey } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The campaign in figures: engagements in all, in each stage now, and how many are late; each
 * figure links to the list behind it (the board, the communes at that stage, the late items).
 */
@Component({
  selector: 'bep-key-figures',
  imports: [BepNumberPipe, RouterLink, StageSwatch, TranslocoPipe],
  templateUrl: './key-figures.html',
  styleUrl: './key-figures.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KeyFigures {
  readonly stats = input.required<PipelineStats>();

  protected readonly late = computed(() => Object.values(this.stats().late.counts).reduce((sum, count) => sum + count, 0));
  protected readonly statusKey = statusKey;
}
