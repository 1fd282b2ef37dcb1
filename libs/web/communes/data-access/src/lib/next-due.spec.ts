import type { Activity } from '@bep/contracts';
import { nextDue } from './next-due';

const NOW = Date.parse('2026-03-17T09:00:00Z');

function activity(id: string, scheduledAt: string | null, completedAt: string | null = null): Activity {
  return { id, scheduledAt, completedAt } as Activity;
}

describe('nextDue', () => {
  it('is the soonest activity not done yet, an undated one after the dated ones', () => {
    const activities = [
      activity('undated', null),
      activity('done', '2026-03-16T09:00:00Z', '2026-03-16T11:00:00Z'),
      activity('friday', '2026-03-20T08:00:00Z'),
      activity('thursday', '2026-03-19T08:00:00Z'),
    ];
    expect(nextDue('diagnostic_requested', activities, NOW)).toEqual({ kind: 'activity', activity: activities[3], overdue: false });
  });

  it('flags an activity whose time has passed as overdue', () => {
    const yesterday = activity('yesterday', '2026-03-16T08:00:00Z');
    expect(nextDue('diagnostic_requested', [yesterday], NOW)).toEqual({ kind: 'activity', activity: yesterday, overdue: true });
  });

  it('falls back on what the stage calls for, and on nothing once the engagement is closed', () => {
    expect(nextDue('survey_sent', [activity('done', null, '2026-03-16T11:00:00Z')], NOW)).toEqual({ kind: 'stage', stage: 'survey_sent' });
    expect(nextDue('declined', [], NOW)).toBeNull();
    expect(nextDue('withdrawn', [], NOW)).toBeNull();
  });
});
