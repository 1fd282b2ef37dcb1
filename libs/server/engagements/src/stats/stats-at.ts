import type { LateItem, PipelineStats } from '@bep/contracts';
import { ALL_STAGES, brusselsDayNumber, LATE_KINDS, PIPELINE_STAGES, stageOrder, type LateKind, type Stage } from '@bep/domain';
import { countBelow, medianOfTwoSorted } from './sorted-figures';

export const LATE_ITEMS_SHOWN = 100;

/** One late candidate as the list shows it: what depends on the instant (late or not, days late) is decided by `statsAt`. */
export interface LateCandidate {
  engagementId: string;
  commune: { nis: string; name: string };
  /** Epoch milliseconds (with their fraction) of the instant it becomes late. */
  since: number;
  /** Its Brussels calendar day (`brusselsDayNumber`), from which the days late are counted. */
  sinceDay: number;
  activity: LateItem['activity'];
}

/** The candidates of one kind, in the order the list shows them (since, NIS code, activity time). */
export interface LateCandidates {
  /** Every candidate's `since`, ascending: those before the instant are late. */
  since: Float64Array;
  /** The first `LATE_ITEMS_SHOWN` candidates: the only ones the list can ever show of this kind. */
  first: LateCandidate[];
}

/**
 * What the dashboard's figures are made of that does not depend on the instant they are read at:
 * read from the database once per campaign revision (`readStatsSnapshot`), then turned into the
 * figures at any instant by `statsAt` without reading again.
 */
export interface StatsSnapshot {
  counts: Partial<Record<Stage, number>>;
  /** Engagements per furthest stage reached on the main path (its order, 1 for the first). */
  reached: { maxOrder: number; count: number }[];
  /** Per stage: the finished stays (days, ascending) and the starts of the stays under way (epoch ms, ascending: the longest first). */
  stays: Partial<Record<Stage, { finishedDays: Float64Array; ongoingSince: Float64Array }>>;
  late: Record<LateKind, LateCandidates>;
}

const DAY_MS = 86_400_000;

/** The figures of `GET /api/stats` at `now`; `lateCounts` false for a campaign whose work is over. */
export function statsAt(snapshot: StatsSnapshot, now: Date, countLate: boolean): Omit<PipelineStats, 'campaign' | 'asOf'> {
  const countOf = (stage: Stage) => snapshot.counts[stage] ?? 0;
  const reachedOf = (stage: Stage) => {
    const order = stageOrder(stage);
    return order === null ? null : snapshot.reached.filter((row) => row.maxOrder >= order).reduce((sum, row) => sum + row.count, 0);
  };
  return {
    total: ALL_STAGES.reduce((sum, stage) => sum + countOf(stage), 0),
    stages: ALL_STAGES.map((stage) => ({ stage, count: countOf(stage), reached: reachedOf(stage), medianDays: medianStay(snapshot.stays[stage], now) })),
    conversion: PIPELINE_STAGES.slice(1).map((to, index) => {
      const from = PIPELINE_STAGES[index] as Stage;
      const base = reachedOf(from) ?? 0;
      return { from, to, rate: base === 0 ? null : (reachedOf(to) ?? 0) / base };
    }),
    late: countLate ? lateAt(snapshot.late, now) : { counts: { 'survey-unanswered': 0, 'diagnostic-not-scheduled': 0, 'activity-overdue': 0 }, items: [] },
  };
}

/** The median stay (percentile_cont(0.5)), the stays under way counted up to `now`, to a tenth of a day. */
function medianStay(stays: StatsSnapshot['stays'][Stage], now: Date): number | null {
  if (!stays) return null;
  const { finishedDays, ongoingSince } = stays;
  // The stays under way, the longest first in `ongoingSince` (the earliest start), read backwards are ascending days.
  const ongoing = { length: ongoingSince.length, at: (i: number) => (now.getTime() - (ongoingSince[ongoingSince.length - 1 - i] ?? 0)) / DAY_MS };
  const median = medianOfTwoSorted({ length: finishedDays.length, at: (i) => finishedDays[i] ?? 0 }, ongoing);
  return median === null ? null : Math.round(median * 10) / 10;
}

/** Late at `now`: every kind counted; at most 100 listed, kind by kind in the order of LATE_KINDS. */
function lateAt(candidates: StatsSnapshot['late'], now: Date): PipelineStats['late'] {
  const nowMs = now.getTime();
  const today = brusselsDayNumber(now);
  const counts = Object.fromEntries(LATE_KINDS.map((kind) => [kind, countBelow(candidates[kind].since, nowMs)])) as Record<LateKind, number>;
  const items: LateItem[] = [];
  for (const kind of LATE_KINDS) {
    for (const candidate of candidates[kind].first.slice(0, Math.min(counts[kind], LATE_ITEMS_SHOWN - items.length))) {
      const since = new Date(Math.floor(candidate.since)).toISOString();
      items.push({ kind, engagementId: candidate.engagementId, commune: candidate.commune, since, daysLate: today - candidate.sinceDay, activity: candidate.activity });
    }
  }
  return { counts, items };
}
