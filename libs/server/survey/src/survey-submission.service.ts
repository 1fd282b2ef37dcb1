import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SURVEY_PROBLEM, type SurveySubmitted } from '@bep/contracts';
import { sectionProgress, type SectionProgress } from '@bep/domain';
import { AuditService } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { applyStageMove, lockForMove } from '@bep/server/engagements';
import type { DataSource } from 'typeorm';
import { allAnswers, readSections } from './section-rows';
import { authorUserId, holdLink, refuseIfClosedTo, type SurveyAuthor } from './survey-author';
import { SurveyCatalogue } from './survey-catalogue';
import { readSurveyContext } from './survey-context';
import { questionnaireVersionOf, refuseIfSubmitted } from './survey-problems';
import { SurveyScores } from './survey-scores';

/**
 * The stage history's note of a submission through the link: the move is the commune's, made by
 * its binôme. No person is named: the note is copied into the audit log, which never holds a
 * contact's personal data.
 */
export const COMMUNE_SUBMISSION_NOTE = 'Questionnaire envoyé en ligne par le binôme de la commune.';

/**
 * Submitting a questionnaire, by the commune through its link or by a manager for answers received
 * on paper. One transaction: the engagement's lock (`lockForMove`, the campaign's row in share
 * mode), the response's (saves in flight end first), the required questions (422 listing those
 * still open per section), the submission, the move `survey_sent → survey_answered` through the
 * stage rules (as the commune, or as the manager) with what a move implies (history, audit, the
 * outbox job after which the reminders withdraw the questionnaire's), the scores by the latest
 * model, and the submission's audit entry. An engagement already past `survey_sent` (moved by hand)
 * does not move: only the submission and the scores are recorded.
 */
@Injectable()
export class SurveySubmission {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: SurveyCatalogue,
    private readonly scores: SurveyScores,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async submit(engagementId: string, author: SurveyAuthor): Promise<SurveySubmitted> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const locked = await lockForMove(manager, engagementId);
      const context = await readSurveyContext(manager, engagementId);
      refuseIfClosedTo(author, context, now);
      await holdLink(manager, author);
      const versionId = questionnaireVersionOf(context);
      await manager.query(`INSERT INTO "survey_response" ("engagement_id", "questionnaire_version_id", "started_at") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [engagementId, versionId, now]);
      const [response] = await manager.query<{ submitted_at: Date | null }[]>(`SELECT "submitted_at" FROM "survey_response" WHERE "engagement_id" = $1 FOR UPDATE`, [engagementId]);
      refuseIfSubmitted(response?.submitted_at ?? null);

      const questionnaire = await this.catalogue.questionnaire(versionId);
      const answers = allAnswers(await readSections(manager, engagementId));
      refuseIfIncomplete(sectionProgress(questionnaire, answers));
      const via = author.kind === 'commune' ? 'link' : 'manager';
      await manager.query(`UPDATE "survey_response" SET "submitted_at" = $2, "submitted_via" = $3, "submitted_by" = $4 WHERE "engagement_id" = $1`, [engagementId, now, via, authorUserId(author)]);

      const stageMoved = locked.stage === 'survey_sent';
      if (stageMoved) {
        const byCommune = author.kind === 'commune';
        await applyStageMove(manager, this.audit, author.actor, engagementId, locked, {
          to: 'survey_answered',
          actor: byCommune ? 'commune' : 'manager',
          note: byCommune ? COMMUNE_SUBMISSION_NOTE : null,
          by: authorUserId(author),
          at: now,
        });
      }
      const stored = await this.scores.store(manager, engagementId, versionId, questionnaire, answers, now);
      await this.audit.record(manager, author.actor, {
        action: 'survey-submit',
        entityType: 'engagement',
        entityId: engagementId,
        after: { via, submittedAt: now.toISOString(), stageMoved, scores: stored && { model: stored.model, overall: stored.scores.overall } },
      });
      return { submittedAt: now.toISOString(), stageMoved };
    });
  }
}

/** 422 naming, per section in the questionnaire's order, the required questions shown and still open. */
function refuseIfIncomplete(progress: readonly SectionProgress[]): void {
  const missing = progress.filter((section) => section.missingRequired.length > 0).map((section) => ({ sectionId: section.sectionId, questions: [...section.missingRequired] }));
  if (missing.length > 0) {
    const count = missing.reduce((sum, section) => sum + section.questions.length, 0);
    throw new UnprocessableEntityException({
      type: SURVEY_PROBLEM.incomplete,
      title: 'Questionnaire incomplete',
      detail: `${count} required question(s) in ${missing.length} section(s) are still open; see \`missing\`.`,
      extensions: { missing },
    });
  }
}
