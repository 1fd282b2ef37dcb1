import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SurveyLinkIssued } from '@bep/contracts';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@bep/server/core/config';
import { isLinkToken, linkToken, surveyLinkUrl, surveyLinkUrlInForce, tokenHash } from '@bep/server/core/database';
import { campaignStatusConflict } from '@bep/server/engagements';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { readSurveyContext } from './survey-context';
import { linkUnknown, questionnaireVersionOf, takesAnswers } from './survey-problems';

/**
 * The communes' personal links: a manager issues one (revoking the one in force) or revokes it; the
 * public form resolves the token it is given. The token is derived from the link's id with the
 * session secret (`linkToken`), so that the server can rebuild it for the e-mails that carry it,
 * and only its hash is stored. A dedicated secret would add a variable to every deployment for no
 * gain: the derivation is domain-separated (`survey-link:`), and a changed session secret leaves
 * the links in force resolvable (by their hash) while `urlInForce` refuses to rebuild them.
 */
@Injectable()
export class SurveyLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The engagement whose link in force the token is; 404 (`urn:bep:survey-link-unknown`) for anything else, revoked links included. */
  async resolve(token: string | undefined): Promise<string> {
    if (!isLinkToken(token)) throw linkUnknown();
    const [link] = await this.dataSource.query<{ engagement_id: string }[]>(`SELECT "engagement_id" FROM "survey_link" WHERE "token_hash" = $1 AND "revoked_at" IS NULL`, [tokenHash(token)]);
    if (!link) throw linkUnknown();
    return link.engagement_id;
  }

  /**
   * A new link for the engagement, revoking the one in force, in one transaction holding the
   * engagement's row (two managers issuing at once get one link each in turn, never two in force).
   * Only while the campaign is open (409 otherwise) and has an online questionnaire (409). The URL
   * is answered once: the token is not kept, and the audit entry names the link, not the token.
   */
  async issue(engagementId: string, userId: string, actor: Actor): Promise<SurveyLinkIssued> {
    return this.dataSource.transaction(async (manager) => {
      const context = await readSurveyContext(manager, engagementId, { lockCampaign: true });
      const now = this.clock.now();
      // A link would open on a 410: the campaign is closed, or past its last day.
      if (!takesAnswers(context, now)) {
        throw campaignStatusConflict(`The campaign ${context.campaign.name} is over (${context.campaign.status}, last day ${context.campaign.endsOn}): its questionnaire takes no more answers, so no link is issued.`);
      }
      questionnaireVersionOf(context);
      await manager.query(`SELECT 1 FROM "engagement" WHERE "id" = $1 FOR NO KEY UPDATE`, [engagementId]);
      const replaced = await this.revokeInForce(manager, engagementId, userId, now);
      const id = randomUUID();
      const token = linkToken(this.config.auth.sessionSecret, id);
      await manager.query(`INSERT INTO "survey_link" ("id", "engagement_id", "token_hash", "created_at", "created_by") VALUES ($1, $2, $3, $4, $5)`, [id, engagementId, tokenHash(token), now, userId]);
      await this.audit.record(manager, actor, { action: 'survey-link-issue', entityType: 'engagement', entityId: engagementId, after: { linkId: id, replaced } });
      return { url: surveyLinkUrl(this.config.mail.publicUrl, token), issuedAt: now.toISOString() };
    });
  }

  /** Revokes the link in force (404 when there is none): the commune's page then says to ask BEP for a new one. */
  async revoke(engagementId: string, userId: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const context = await readSurveyContext(manager, engagementId, { lockCampaign: true });
      if (context.campaign.status === 'archived') {
        throw campaignStatusConflict('The engagement belongs to an archived campaign, which is read-only.');
      }
      const revoked = await this.revokeInForce(manager, engagementId, userId, this.clock.now());
      if (!revoked) {
        throw new NotFoundException(`The engagement ${engagementId} has no link in force.`);
      }
      await this.audit.record(manager, actor, { action: 'survey-link-revoke', entityType: 'engagement', entityId: engagementId, before: { linkId: revoked } });
    });
  }

  /** When the link in force was issued, or null when there is none. */
  async inForce(manager: EntityManager, engagementId: string): Promise<{ issuedAt: string } | null> {
    const [link] = await manager.query<{ created_at: Date }[]>(`SELECT "created_at" FROM "survey_link" WHERE "engagement_id" = $1 AND "revoked_at" IS NULL`, [engagementId]);
    return link ? { issuedAt: link.created_at.toISOString() } : null;
  }

  /** The URL of the link in force, rebuilt (`surveyLinkUrlInForce`); null when there is none, or the secret changed since it was issued. */
  urlInForce(engagementId: string): Promise<string | null> {
    return surveyLinkUrlInForce(this.dataSource.manager, engagementId, { secret: this.config.auth.sessionSecret, publicUrl: this.config.mail.publicUrl });
  }

  private async revokeInForce(manager: EntityManager, engagementId: string, by: string, at: Date): Promise<string | null> {
    const [[revoked]] = await manager.query<[{ id: string }[], number]>(
      `UPDATE "survey_link" SET "revoked_at" = $2, "revoked_by" = $3 WHERE "engagement_id" = $1 AND "revoked_at" IS NULL RETURNING "id"`,
      [engagementId, at, by],
    );
    return revoked?.id ?? null;
  }
}
