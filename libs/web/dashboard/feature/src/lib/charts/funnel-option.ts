import type { PipelineStats } from '@bep/contracts';
import { PIPELINE_STAGES, type PipelineStage } from '@bep/domain';
import { formatNumber } from '@bep/web/shared/i18n';
import { STAGE_COLOURS } from '@bep/web/ui';
import type { ChartLabels } from './chart-labels';
import type { DashboardChartOption } from './chart-option';

/** Engagements that got at least as far as `stage` (the funnel's width at that stage). */
export function reachedCount(stats: PipelineStats, stage: PipelineStage): number {
  return stats.stages.find((row) => row.stage === stage)?.reached ?? 0;
}

/**
 * The funnel: for each stage of the main path, in order, how many engagements reached it. Labels
 * stand beside the funnel in the page's text colour (a stage's colour would not carry white text).
 */
export function funnelOption(stats: PipelineStats, labels: ChartLabels): DashboardChartOption {
  return {
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '2%',
        width: '50%',
        top: 8,
        bottom: 8,
        minSize: '2%',
        gap: 2,
        silent: true,
        label: {
          position: 'right',
          color: '#1b1b1f',
          fontSize: 13,
          formatter: ({ name, value }) => `${name} (${formatNumber(Number(value))})`,
        },
        labelLine: { show: true, lineStyle: { color: '#74777f' } },
        data: PIPELINE_STAGES.map((stage) => ({
          name: labels.status[stage],
          value: reachedCount(stats, stage),
          itemStyle: { color: STAGE_COLOURS[stage] },
        })),
      },
    ],
  };
}
