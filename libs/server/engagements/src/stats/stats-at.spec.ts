import { brusselsDayNumber } from '@bep/domain';
import { statsAt, type LateCandidate, type StatsSnapshot } from './stats-at';

const DAY = 86_400_000;
const NOW = new Date('2026-03-17T09:00:00Z');

const candidate = (nis: string, since: Date): LateCandidate => ({
  engagementId: `e-${nis}`,
  commune: { nis, name: `Commune ${nis}` },
  since: since.getTime(),
  sinceDay: brusselsDayNumber(since),
  activity: null,
});

function snapshot(overrides: Partial<StatsSnapshot> = {}): StatsSnapshot {
  const surveySince = [new Date('2026-03-09T08:00:00Z'), new Date('2026-03-16T23:30:00Z'), new Date('2026-03-20T08:00:00Z')];
  return {
    counts: { survey_sent: 3, survey_answered: 1 },
    reached: [
      { maxOrder: 1, count: 3 },
      { maxOrder: 2, count: 1 },
    ],
    stays: {
      // Finished stays of 1 and 3 days; one under way since 4 days before NOW.
      survey_answered: { finishedDays: Float64Array.from([1, 3]), ongoingSince: Float64Array.from([NOW.getTime() - 4 * DAY]) },
    },
    late: {
      'diagnostic-not-scheduled': { since: Float64Array.from([NOW.getTime() - DAY]), first: [candidate('92003', new Date(NOW.getTime() - DAY))] },
      'activity-overdue': { since: new Float64Array(), first: [] },
      'survey-unanswered': { since: Float64Array.from(surveySince.map((d) => d.getTime())), first: surveySince.map((d, i) => candidate(`9100${i}`, d)) },
    },
    ...overrides,
  };
}

describe('statsAt', () => {
  it('counts per stage, how far engagements got and the conversion', () => {
    const figures = statsAt(snapshot(), NOW, true);
    expect(figures.total).toBe(4);
    expect(figures.stages.slice(0, 2)).toMatchObject([
      { stage: 'survey_sent', count: 3, reached: 4 },
      { stage: 'survey_answered', count: 1, reached: 1 },
    ]);
    expect(figures.stages.find((row) => row.stage === 'declined')?.reached).toBeNull();
    expect(figures.conversion[0]).toEqual({ from: 'survey_sent', to: 'survey_answered', rate: 1 / 4 });
  });

  it('takes the median of the finished stays and of those under way up to the instant', () => {
    expect(statsAt(snapshot(), NOW, true).stages.find((row) => row.stage === 'survey_answered')?.medianDays).toBe(3);
    // Two days later the stay under way is 6 days: the median of 1, 3 and 6 is still 3; with one more finished stay of 5, 4.
    const later = new Date(NOW.getTime() + 2 * DAY);
    const withFive = snapshot({ stays: { survey_answered: { finishedDays: Float64Array.from([1, 3, 5]), ongoingSince: Float64Array.from([NOW.getTime() - 4 * DAY]) } } });
    expect(statsAt(withFive, later, true).stages.find((row) => row.stage === 'survey_answered')?.medianDays).toBe(4);
    expect(statsAt(snapshot(), NOW, true).stages.find((row) => row.stage === 'workshop_held')?.medianDays).toBeNull();
  });

  it('merges the stays under way among the finished ones, whatever their lengths', () => {
    // Finished: 1, 2, 3 and 200 days; under way since 190, 150 and 100 days (the earliest start first).
    const ongoingSince = Float64Array.from([190, 150, 100].map((days) => NOW.getTime() - days * DAY));
    const mixed = snapshot({ stays: { survey_answered: { finishedDays: Float64Array.from([1, 2, 3, 200]), ongoingSince } } });
    // 1, 2, 3, 100, 150, 190, 200: the median is 100.
    expect(statsAt(mixed, NOW, true).stages.find((row) => row.stage === 'survey_answered')?.medianDays).toBe(100);
  });

  it('lists what is late at the instant, what needs a person first, with Brussels calendar days late', () => {
    const late = statsAt(snapshot(), NOW, true).late;
    expect(late.counts).toEqual({ 'diagnostic-not-scheduled': 1, 'activity-overdue': 0, 'survey-unanswered': 2 });
    expect(late.items.map((item) => [item.kind, item.commune.nis, item.daysLate])).toEqual([
      ['diagnostic-not-scheduled', '92003', 1],
      ['survey-unanswered', '91000', 8],
      // Late since 00:30 on 17 March in Brussels: the same calendar day, so 0 days late.
      ['survey-unanswered', '91001', 0],
    ]);
    expect(late.items[1]?.since).toBe('2026-03-09T08:00:00.000Z');
  });

  it('counts nothing late for a campaign whose work is over', () => {
    expect(statsAt(snapshot(), NOW, false).late).toEqual({ counts: { 'survey-unanswered': 0, 'diagnostic-not-scheduled': 0, 'activity-overdue': 0 }, items: [] });
  });
});
