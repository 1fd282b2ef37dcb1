import { GEMBLOUX_TIMELINE } from '@bep/web/communes/data-access/testing';
import { timelineItems } from './timeline-items';

describe('timelineItems', () => {
  it('puts the newest first and reads each kind of entry', () => {
    const items = timelineItems([
      ...GEMBLOUX_TIMELINE,
      {
        kind: 'activity',
        at: '2019-06-12T12:00:00.000Z',
        actor: { id: 'c1', name: 'Camille Dubois' },
        summary: 'diagnostic: Diagnostic',
        details: { activityId: 'a1', type: 'diagnostic', subject: 'Diagnostic', scheduledAt: '2019-06-12T12:00:00.000Z', completedAt: null, outcome: null },
      },
    ]);

    expect(items.map((item) => item.kind)).toEqual(['activity', 'assignment', 'stage-change', 'stage-change', 'stage-change']);
    expect(items[0]).toEqual({ kind: 'activity', at: '2019-06-12T12:00:00.000Z', actor: 'Camille Dubois', type: 'diagnostic', subject: 'Diagnostic', done: false, outcome: null });
    expect(items[1]).toMatchObject({ kind: 'assignment', lead: 'Camille Dubois', consultants: ['Camille Dubois'], actor: 'Marie Dupont' });
    expect(items[2]).toMatchObject({ kind: 'stage-change', from: 'survey_answered', to: 'diagnostic_requested', note: 'Demande reçue par e-mail' });
    expect(items[4]).toMatchObject({ kind: 'stage-change', from: null, to: 'survey_sent', actor: null });
  });

  it('keeps an entry it cannot read, with the server summary', () => {
    const [item] = timelineItems([{ kind: 'activity', at: '2019-06-01T10:00:00.000Z', actor: null, summary: 'reminder: sent', details: { type: 'reminder' } }]);
    expect(item).toEqual({ kind: 'other', at: '2019-06-01T10:00:00.000Z', actor: null, summary: 'reminder: sent' });
  });
});
