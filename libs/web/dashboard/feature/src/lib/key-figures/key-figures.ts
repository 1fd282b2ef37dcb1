import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PipelineStats } from '@bep/contracts';
import type { DashboardFilters } from '@bep/web/dashboard/data-access';
import { BepNumberPipe } from '@bep/web/shared/i18n';
import { StageSwatch, statusKey } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { revealSection } from '../reveal-section';
import { boardLink, stageLink } from './figure-links';

/**
 * The campaign in figures: engagements in all, in each stage now, and how many are late; each
 * figure links to the list behind it (the board, the communes at that stage, the late items below),
 * narrowed by the same filters.
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
  /** The figures' campaign, arrondissement and consultant: the lists opened keep them. */
  readonly filters = input.required<DashboardFilters>();

  protected readonly late = computed(() => Object.values(this.stats().late.counts).reduce((sum, count) => sum + count, 0));
  protected readonly board = computed(() => boardLink(this.filters()));
  protected readonly stageLink = stageLink;
  protected readonly statusKey = statusKey;
  /** The same-page link to the late items: see revealSection. */
  protected readonly reveal = revealSection;
}
