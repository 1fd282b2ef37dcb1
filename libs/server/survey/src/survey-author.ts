import type { Actor } from '@bep/server/core/audit';
import { campaignStatusConflict } from '@bep/server/engagements';
import { refuseIfExpired } from './survey-problems';
import type { SurveyContext } from './survey-context';

/**
 * Who fills in or submits a questionnaire: the commune's binôme through its link (no user, and the
 * link expires with its campaign), or a manager typing in answers received on paper (who may still
 * do it once the campaign is closed, as they may still move its engagements, but not once archived).
 */
export type SurveyAuthor = { kind: 'commune'; actor: Actor } | { kind: 'manager'; userId: string; actor: Actor };

/** The refusal of a change by `author` to this engagement's questionnaire, if its campaign no longer takes one. */
export function refuseIfClosedTo(author: SurveyAuthor, context: SurveyContext, now: Date): void {
  if (author.kind === 'commune') {
    refuseIfExpired(context, now);
  } else if (context.campaign.status === 'archived') {
    throw campaignStatusConflict('The engagement belongs to an archived campaign, which is read-only.');
  }
}

/** The user an author's change is recorded under: null for the commune. */
export const authorUserId = (author: SurveyAuthor): string | null => (author.kind === 'manager' ? author.userId : null);
