import { compareLateWork, LATE_KINDS, type LateWork, needsPerson } from './late-work';

describe('late work', () => {
  it('puts what needs a person before the questionnaires the reminders chase', () => {
    expect(LATE_KINDS).toEqual(['diagnostic-not-scheduled', 'activity-overdue', 'survey-unanswered']);
    expect(LATE_KINDS.map(needsPerson)).toEqual([true, true, false]);
  });

  const survey = (since: string): LateWork => ({ kind: 'survey-unanswered', since });
  const diagnostic = (since: string): LateWork => ({ kind: 'diagnostic-not-scheduled', since });
  const overdue = (since: string): LateWork => ({ kind: 'activity-overdue', since });

  it.each([
    { name: 'an unscheduled diagnostic before an older questionnaire', a: diagnostic('2026-03-16T09:00:00Z'), b: survey('2026-02-01T09:00:00Z'), sign: -1 },
    { name: 'an overdue activity before a questionnaire', a: overdue('2026-03-17T08:00:00Z'), b: survey('2026-03-01T09:00:00Z'), sign: -1 },
    { name: 'an unscheduled diagnostic before an overdue activity', a: diagnostic('2026-03-17T08:00:00Z'), b: overdue('2026-03-01T09:00:00Z'), sign: -1 },
    { name: 'a questionnaire after an unscheduled diagnostic', a: survey('2026-01-01T09:00:00Z'), b: diagnostic('2026-03-16T09:00:00Z'), sign: 1 },
    { name: 'within a kind, the longest late first', a: survey('2026-03-01T09:00:00Z'), b: survey('2026-03-09T09:00:00Z'), sign: -1 },
    { name: 'within a kind, the more recent after', a: overdue('2026-03-10T09:00:00Z'), b: overdue('2026-03-09T09:00:00Z'), sign: 1 },
    { name: 'the same kind since the same instant: a tie', a: survey('2026-03-09T09:00:00Z'), b: survey('2026-03-09T09:00:00.000Z'), sign: 0 },
  ])('orders $name', ({ a, b, sign }) => {
    expect(Math.sign(compareLateWork(a, b))).toBe(sign);
  });

  it('sorts a mixed list: thirty questionnaires do not hide a diagnostic', () => {
    const list = [...Array.from({ length: 30 }, (_, day) => survey(`2026-02-${String(day % 28 + 1).padStart(2, '0')}T09:00:00Z`)), diagnostic('2026-03-16T09:00:00Z'), overdue('2026-03-17T08:00:00Z')];
    const sorted = [...list].sort(compareLateWork);
    expect(sorted.slice(0, 2).map((item) => item.kind)).toEqual(['diagnostic-not-scheduled', 'activity-overdue']);
    expect(sorted.slice(2).every((item) => item.kind === 'survey-unanswered')).toBe(true);
  });
});
