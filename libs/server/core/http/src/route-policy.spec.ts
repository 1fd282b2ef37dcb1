import { policyAllows, type RoutePolicy } from './route-policy';

describe('policyAllows', () => {
  const financeOnly: RoutePolicy = { kind: 'roles', roles: ['finance'] };
  const managersAndFinance: RoutePolicy = { kind: 'roles', roles: ['manager', 'finance'] };

  it.each([
    [{ kind: 'public' } as RoutePolicy, null, true],
    [{ kind: 'public' } as RoutePolicy, ['consultant'], true],
    [{ kind: 'signed-in' } as RoutePolicy, null, false],
    [{ kind: 'signed-in' } as RoutePolicy, [], true],
    [financeOnly, null, false],
    [financeOnly, ['manager'], false],
    [financeOnly, ['finance'], true],
    [managersAndFinance, ['consultant', 'finance'], true],
    [managersAndFinance, ['admin'], false],
  ] as const)('%p for roles %p -> %p', (policy, roles, expected) => {
    expect(policyAllows(policy, roles)).toBe(expected);
  });
});
