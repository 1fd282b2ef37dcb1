import { ForbiddenException } from '@nestjs/common';
import type { CurrentUser } from '@bep/contracts';
import { requireEngagementActor } from './engagement-scope';

const user = (roles: CurrentUser['roles'], consultantId: string | null = null): CurrentUser =>
  ({ id: 'u-1', email: 'someone@bep.demo', name: 'Someone', roles, consultantId, mustChangePassword: false });

describe('requireEngagementActor', () => {
  it('lets a manager act on any engagement', () => {
    expect(requireEngagementActor(user(['manager']), [], 'move it')).toBe('manager');
  });

  it('lets a consultant of the team act as an assigned consultant', () => {
    expect(requireEngagementActor(user(['consultant'], 'k-1'), ['k-2', 'k-1'], 'move it')).toBe('assigned-consultant');
  });

  it.each([
    ['a consultant outside the team', user(['consultant'], 'k-9')],
    ['finance', user(['finance'])],
    ['an administrator', user(['admin'])],
  ])('refuses %s with a 403 naming what they tried', (_, who) => {
    expect(() => requireEngagementActor(who, ['k-1'], 'log an activity')).toThrow(
      new ForbiddenException('Only the consultants assigned to this engagement, or a manager, may log an activity.'),
    );
  });
});
