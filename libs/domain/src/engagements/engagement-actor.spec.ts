import { engagementActor, type EngagementUser } from './engagement-actor';

const ME = 'c-me';
const OTHER = 'c-other';

describe('engagementActor', () => {
  const cases: [string, EngagementUser, string[], ReturnType<typeof engagementActor>][] = [
    ['a manager on an engagement without a team', { roles: ['manager'], consultantId: null }, [], 'manager'],
    ['a manager who is also a consultant of another team', { roles: ['manager', 'consultant'], consultantId: ME }, [OTHER], 'manager'],
    ['a consultant in the team (lead or not)', { roles: ['consultant'], consultantId: ME }, [OTHER, ME], 'assigned-consultant'],
    ['a consultant outside the team', { roles: ['consultant'], consultantId: ME }, [OTHER], null],
    ['a consultant account linked to no consultant', { roles: ['consultant'], consultantId: null }, [OTHER], null],
    ['a linked account without the consultant role', { roles: ['finance'], consultantId: ME }, [ME], null],
    ['finance', { roles: ['finance'], consultantId: null }, [ME], null],
    ['an administrator', { roles: ['admin'], consultantId: null }, [], null],
  ];

  it.each(cases)('%s', (_, user, team, expected) => {
    expect(engagementActor(user, team)).toBe(expected);
  });

  it('reads the team from any iterable, such as a set', () => {
    expect(engagementActor({ roles: ['consultant'], consultantId: ME }, new Set([ME]))).toBe('assigned-consultant');
  });
});
