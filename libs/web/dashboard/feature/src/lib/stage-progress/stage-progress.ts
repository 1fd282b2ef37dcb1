import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PipelineStats } from '@bep/contracts';
import { PIPELINE_STAGES } from '@bep/domain';
import { BepNumberPipe, BepPercentPipe } from '@bep/web/shared/i18n';
import { StageSwatch, statusKey } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { ChartLabels } from '../charts/chart-labels';
import { funnelOption } from '../charts/funnel-option';

/**
 * How the campaign moves along the pipeline: a funnel of the engagements that reached each stage,
 * and beside it the table of the same figures with the conversion to the next stage and the
 * median days in each (the funnel's text alternative, and the figures the funnel cannot show).
 */
@Component({
  selector: 'bep-stage-progress',
  imports: [BepNumberPipe, BepPercentPipe, NgxEchartsDirective, StageSwatch, TranslocoPipe],
  templateUrl: './stage-progress.html',
  styleUrl: './stage-progress.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageProgress {
  readonly stats = input.required<PipelineStats>();
  readonly labels = input.required<ChartLabels>();

  protected readonly option = computed(() => funnelOption(this.stats(), this.labels()));

  /** One row per stage of the main path: counts, the conversion to the next stage, the median stay. */
  protected readonly rows = computed(() => {
    const { stages, conversion } = this.stats();
    return PIPELINE_STAGES.map((stage) => {
      const row = stages.find((candidate) => candidate.stage === stage);
      return {
        stage,
        count: row?.count ?? 0,
        reached: row?.reached ?? 0,
        medianDays: row?.medianDays ?? null,
        conversion: conversion.find((step) => step.from === stage)?.rate ?? null,
      };
    });
  });

  protected readonly statusKey = statusKey;
}
