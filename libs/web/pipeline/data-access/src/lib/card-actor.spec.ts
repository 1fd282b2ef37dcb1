import type { Role } from '@bep/contracts';
import type { TransitionActor } from '@bep/domain';
import { CAMILLE, SARAH } from '../testing';
import { actorOnCard, type Mover } from './card-actor';

const ENGAGEMENT = '6f1c0e8a-3b5d-4c1e-9a7f-2d4b8c6e1a30';

function mover(roles: Role[], consultantId: string | null = null, assigned: string[] = []): Mover {
  return { roles, consultantId, assignedEngagementIds: new Set(assigned) };
}

/** Camille leads the engagement; the card names only the lead. */
const TABLE: [string, Mover, TransitionActor | null][] = [
  ['a manager', mover(['manager']), 'manager'],
  ['a manager who is also a consultant elsewhere', mover(['manager', 'consultant'], SARAH.id), 'manager'],
  ['the lead consultant', mover(['consultant'], CAMILLE.id), 'assigned-consultant'],
  ['a consultant of the team (not the lead)', mover(['consultant'], SARAH.id, [ENGAGEMENT]), 'assigned-consultant'],
  ['a consultant of another engagement', mover(['consultant'], SARAH.id, ['other-engagement']), null],
  ['a consultant account without consultant record', mover(['consultant'], null, [ENGAGEMENT]), null],
  ['finance', mover(['finance']), null],
  ['an administrator', mover(['admin']), null],
];

describe('actorOnCard', () => {
  const card = { engagementId: ENGAGEMENT, lead: CAMILLE };

  it.each(TABLE)('%s', (_who, user, expected) => {
    expect(actorOnCard(card, user)).toBe(expected);
  });

  it('counts the lead before their list of engagements has arrived', () => {
    expect(actorOnCard(card, mover(['consultant'], CAMILLE.id, []))).toBe('assigned-consultant');
  });

  it('leaves a consultant out of a card without lead that is not theirs', () => {
    expect(actorOnCard({ engagementId: ENGAGEMENT, lead: null }, mover(['consultant'], CAMILLE.id))).toBeNull();
  });
});
