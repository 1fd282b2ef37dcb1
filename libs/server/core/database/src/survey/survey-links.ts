import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { linkToken, tokenHash } from './link-tokens';

/** What rebuilds a link's URL: the secret its token derives from, and the client's public address. */
export interface SurveyLinkKeys {
  secret: string;
  publicUrl: string;
}

/**
 * Issues a link in force to each engagement that has none, in the caller's transaction (the
 * campaign's opening, the demo); `by` null for the system. Answers the ids of the engagements that
 * got one. Here rather than in the survey capability, so that the campaigns capability opens a
 * campaign and its links in one transaction without depending on it; a manager's reissue
 * (`SurveyLinks.issue`) revokes first and writes the same row.
 */
export async function issueMissingSurveyLinks(manager: EntityManager, engagementIds: readonly string[], secret: string, at: Date, by: string | null): Promise<string[]> {
  const ids = engagementIds.map(() => randomUUID());
  const hashes = ids.map((id) => tokenHash(linkToken(secret, id)));
  const issued = await manager.query<{ engagement_id: string }[]>(
    `INSERT INTO "survey_link" ("id", "engagement_id", "token_hash", "created_at", "created_by")
     SELECT l."id", l."engagement_id", l."token_hash", $4, $5 FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS l("id", "engagement_id", "token_hash")
      WHERE NOT EXISTS (SELECT 1 FROM "survey_link" s WHERE s."engagement_id" = l."engagement_id" AND s."revoked_at" IS NULL)
     RETURNING "engagement_id"`,
    [ids, engagementIds, hashes, at, by],
  );
  return issued.map((row) => row.engagement_id);
}

/** A link's token in a message's text or HTML: what follows the questionnaire page's `#`. */
const LINK_IN_MESSAGE = /(\/questionnaire#)[A-Za-z0-9_-]{43}/g;

/**
 * The message with every questionnaire link's token cut out (`…/questionnaire#…`): what is kept of
 * an e-mail that left by SMTP, and what someone who may not answer for the commune reads in the
 * outbox. The database then holds no working link, only the hashes of `survey_link`.
 */
export function maskSurveyLinks(message: string): string {
  return message.replace(LINK_IN_MESSAGE, '$1…');
}

/** The client's page for a token, in the fragment: browsers never send a fragment, so no server or proxy logs it. */
export function surveyLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/questionnaire#${token}`;
}

/**
 * The URL of the engagement's link in force, rebuilt for a message that carries it (the
 * questionnaire's invitation and its reminders); null when there is none, or when the secret
 * changed since it was issued (the rebuilt token no longer has the stored hash: a manager issues a
 * new link).
 */
export async function surveyLinkUrlInForce(manager: EntityManager, engagementId: string, keys: SurveyLinkKeys): Promise<string | null> {
  const [link] = await manager.query<{ id: string; token_hash: string }[]>(`SELECT "id", "token_hash" FROM "survey_link" WHERE "engagement_id" = $1 AND "revoked_at" IS NULL`, [engagementId]);
  const token = link && linkToken(keys.secret, link.id);
  return token && tokenHash(token) === link.token_hash ? surveyLinkUrl(keys.publicUrl, token) : null;
}
