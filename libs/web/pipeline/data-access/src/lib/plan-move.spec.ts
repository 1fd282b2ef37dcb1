import type { Role } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import { CAMILLE, SARAH } from '../testing';
import { type MovePlan, type Mover, moveTargets, planMove } from './plan-move';

const ENGAGEMENT = '6f1c0e8a-3b5d-4c1e-9a7f-2d4b8c6e1a30';

function mover(roles: Role[], consultantId: string | null = null, assigned: string[] = []): Mover {
  return { roles, consultantId, assignedEngagementIds: new Set(assigned) };
}

const MOVERS = {
  manager: mover(['manager']),
  'manager who is also a consultant elsewhere': mover(['manager', 'consultant'], SARAH.id),
  'the lead consultant': mover(['consultant'], CAMILLE.id),
  'a consultant of the team (not the lead)': mover(['consultant'], SARAH.id, [ENGAGEMENT]),
  'a consultant of another engagement': mover(['consultant'], SARAH.id, ['other-engagement']),
  'a consultant account without consultant record': mover(['consultant']),
  finance: mover(['finance']),
  admin: mover(['admin']),
} satisfies Record<string, Mover>;

type Who = keyof typeof MOVERS;

const allowed = (kind: string) => ({ outcome: 'allowed', kind });
const needsNote = (kind: string) => ({ outcome: 'needs-note', kind });
const refused = (rule: string) => expect.objectContaining({ outcome: 'refused', rule, message: expect.any(String) });

/** Camille leads the engagement; the card names only the lead. */
const TABLE: [Who, Stage, Stage, unknown][] = [
  ['manager', 'diagnostic_requested', 'workshop_held', allowed('forward')],
  ['manager', 'diagnostic_requested', 'accompaniment', needsNote('skip')],
  ['manager', 'diagnostic_requested', 'survey_answered', needsNote('backward')],
  ['manager', 'diagnostic_requested', 'declined', needsNote('close')],
  ['manager', 'survey_sent', 'withdrawn', needsNote('close')],
  ['manager', 'declined', 'survey_sent', needsNote('reopen')],
  ['manager', 'declined', 'withdrawn', refused('already-closed')],
  ['manager', 'diagnostic_requested', 'diagnostic_requested', refused('same-stage')],
  ['manager who is also a consultant elsewhere', 'survey_sent', 'diagnostic_requested', needsNote('skip')],
  ['the lead consultant', 'diagnostic_requested', 'workshop_held', allowed('forward')],
  ['the lead consultant', 'survey_sent', 'survey_answered', allowed('forward')],
  ['the lead consultant', 'diagnostic_requested', 'accompaniment', refused('skip-or-backward-needs-manager')],
  ['the lead consultant', 'diagnostic_requested', 'survey_answered', refused('skip-or-backward-needs-manager')],
  ['the lead consultant', 'diagnostic_requested', 'declined', needsNote('close')],
  ['the lead consultant', 'declined', 'survey_sent', refused('reopen-needs-manager')],
  ['a consultant of the team (not the lead)', 'diagnostic_requested', 'workshop_held', allowed('forward')],
  ['a consultant of the team (not the lead)', 'workshop_held', 'withdrawn', needsNote('close')],
  ['a consultant of another engagement', 'diagnostic_requested', 'workshop_held', refused('not-assigned')],
  ['a consultant account without consultant record', 'diagnostic_requested', 'workshop_held', refused('not-assigned')],
  ['finance', 'diagnostic_requested', 'workshop_held', refused('not-assigned')],
  ['admin', 'diagnostic_requested', 'workshop_held', refused('not-assigned')],
];

describe('planMove', () => {
  it.each(TABLE)('%s, from %s to %s', (who, from, to, expected) => {
    const card = { engagementId: ENGAGEMENT, lead: CAMILLE, stage: from };
    expect(planMove(card, to, MOVERS[who])).toEqual(expected);
  });

  it('lets a consultant move the cards they lead before their list of engagements has arrived', () => {
    const card = { engagementId: ENGAGEMENT, lead: CAMILLE, stage: 'survey_sent' as const };
    expect(planMove(card, 'survey_answered', mover(['consultant'], CAMILLE.id, [])).outcome).toBe('allowed');
  });

  it('refuses a consultant on a card without lead that is not theirs', () => {
    const card = { engagementId: ENGAGEMENT, lead: null, stage: 'survey_sent' as const };
    const plan: MovePlan = planMove(card, 'survey_answered', mover(['consultant'], CAMILLE.id));
    expect(plan.outcome).toBe('refused');
  });
});

describe('moveTargets', () => {
  const card = { engagementId: ENGAGEMENT, lead: CAMILLE, stage: 'diagnostic_requested' as const };

  it('offers a manager every other stage, saying which need a note', () => {
    expect(moveTargets(card, MOVERS.manager)).toEqual([
      { stage: 'survey_sent', needsNote: true },
      { stage: 'survey_answered', needsNote: true },
      { stage: 'workshop_held', needsNote: false },
      { stage: 'accompaniment', needsNote: true },
      { stage: 'declined', needsNote: true },
      { stage: 'withdrawn', needsNote: true },
    ]);
  });

  it('offers the lead consultant the next stage and closing (with a note)', () => {
    expect(moveTargets(card, MOVERS['the lead consultant'])).toEqual([
      { stage: 'workshop_held', needsNote: false },
      { stage: 'declined', needsNote: true },
      { stage: 'withdrawn', needsNote: true },
    ]);
  });

  it.each<Who>(['finance', 'admin', 'a consultant of another engagement'])('offers %s nothing', (who) => {
    expect(moveTargets(card, MOVERS[who])).toEqual([]);
  });
});
