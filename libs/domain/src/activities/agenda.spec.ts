import { agendaDayRange, agendaDays, agendaRows } from './agenda';

describe('agenda', () => {
  it('spans today and the seven days after it, across a change of month and of clocks', () => {
    expect(agendaDayRange('2026-03-17')).toEqual(['2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']);
    // Clocks go forward in Brussels on Sunday 29 March 2026.
    expect(agendaDayRange('2026-03-28', 3)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
    expect(agendaDayRange('2026-03-17', 0)).toEqual(['2026-03-17']);
  });

  it('places each item on its Brussels day, earliest first, and keeps the empty days', () => {
    const gembloux = { id: 'gembloux', scheduledAt: '2026-03-24T09:00:00.000Z' };
    // 23:30 UTC on 17 March is 00:30 on 18 March in Brussels.
    const lateEvening = { id: 'late', scheduledAt: '2026-03-17T23:30:00.000Z' };
    const morning = { id: 'morning', scheduledAt: '2026-03-18T07:00:00.000Z' };
    const days = agendaDays([gembloux, morning, lateEvening], '2026-03-17');
    expect(days).toHaveLength(8);
    expect(days[0]).toEqual({ day: '2026-03-17', offset: 0, items: [] });
    expect(days[1]).toEqual({ day: '2026-03-18', offset: 1, items: [lateEvening, morning] });
    expect(days[7]).toEqual({ day: '2026-03-24', offset: 7, items: [gembloux] });
  });

  it('leaves out what is unscheduled or outside the range', () => {
    const days = agendaDays(
      [
        { scheduledAt: null },
        { scheduledAt: '2026-03-16T22:59:00.000Z' },
        { scheduledAt: '2026-03-24T23:00:00.000Z' },
      ],
      '2026-03-17',
    );
    expect(days.flatMap((day) => day.items)).toEqual([]);
  });

  it('folds the empty days between today and what is planned into one row each', () => {
    const rows = agendaRows(agendaDays([{ scheduledAt: '2026-03-24T09:00:00.000Z' }, { scheduledAt: '2026-03-19T13:00:00.000Z' }], '2026-03-17'));
    expect(rows.map((row) => (row.kind === 'day' ? row.day.day : `${row.from.day}..${row.to.day}`))).toEqual([
      '2026-03-17',
      '2026-03-18..2026-03-18',
      '2026-03-19',
      '2026-03-20..2026-03-23',
      '2026-03-24',
    ]);
    // Today keeps its row even when empty; a week with nothing after it ends on one row.
    expect(agendaRows(agendaDays([], '2026-03-17')).map((row) => row.kind)).toEqual(['day', 'nothing']);
  });
});
