import type { Actor } from '@bep/server/core/audit';
import { campaignStatusConflict } from '@bep/server/engagements';
import type { EntityManager } from 'typeorm';
import { linkUnknown, refuseIfExpired } from './survey-problems';
import type { SurveyContext } from './survey-context';

/**
 * Who fills in or submits a questionnaire: the commune's binôme through its link (no user, and the
 * link expires with its campaign), or a manager typing in answers received on paper (who may still
 * do it once the campaign is closed, as they may still move its engagements, but not once archived).
 * The commune's author names its link by the token's hash, so that a change can hold it.
 */
export type SurveyAuthor = { kind: 'commune'; linkHash: string; actor: Actor } | { kind: 'manager'; userId: string; actor: Actor };

/** The refusal of a change by `author` to this engagement's questionnaire, if its campaign no longer takes one. */
export function refuseIfClosedTo(author: SurveyAuthor, context: SurveyContext, now: Date): void {
  if (author.kind === 'commune') {
    refuseIfExpired(context, now);
  } else if (context.campaign.status === 'archived') {
    throw campaignStatusConflict('The engagement belongs to an archived campaign, which is read-only.');
  }
}

/**
 * Holds the commune's link in share mode until the change commits (404 when it was revoked since
 * the request resolved it): a revocation waits for a save under way, and a save that started after
 * it is refused, so that no change goes in through a link a manager has just revoked.
 */
export async function holdLink(manager: EntityManager, author: SurveyAuthor): Promise<void> {
  if (author.kind !== 'commune') return;
  const [link] = await manager.query<unknown[]>(`SELECT 1 FROM "survey_link" WHERE "token_hash" = $1 AND "revoked_at" IS NULL FOR SHARE`, [author.linkHash]);
  if (!link) throw linkUnknown();
}

/** The user an author's change is recorded under: null for the commune. */
export const authorUserId = (author: SurveyAuthor): string | null => (author.kind === 'manager' ? author.userId : null);
