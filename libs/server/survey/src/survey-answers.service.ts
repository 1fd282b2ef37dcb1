import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SURVEY_PROBLEM, type SavedSurveySection, type SaveSurveySectionRequest, type SurveyForm, type SurveySection } from '@bep/contracts';
import { AuditService } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import type { DataSource, EntityManager } from 'typeorm';
import { refuseBadAnswers, sectionNamed } from './answer-checks';
import { allAnswers, readSection, readSections, SECTION_COLUMNS, sectionOf, type SectionRow } from './section-rows';
import { authorUserId, holdLink, refuseIfClosedTo, type SurveyAuthor } from './survey-author';
import { SurveyCatalogue } from './survey-catalogue';
import { readSurveyContext, type SurveyContext } from './survey-context';
import { formProgress, surveyForm } from './survey-form';
import { questionnaireVersionOf, refuseIfExpired, refuseIfSubmitted } from './survey-problems';

/**
 * Reading a commune's questionnaire and saving its answers, section by section, as they are typed:
 * by the commune through its link or by a manager from a paper copy.
 */
@Injectable()
export class SurveyAnswers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: SurveyCatalogue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The form the commune's link opens: 410 once its campaign is over; a submitted one still opens, read-only (`submittedAt`). */
  async linkForm(engagementId: string): Promise<SurveyForm> {
    const context = await readSurveyContext(this.dataSource.manager, engagementId);
    refuseIfExpired(context, this.clock.now());
    return this.form(context);
  }

  /** The form with every section's answers and progress. */
  async form(context: SurveyContext, manager: EntityManager = this.dataSource.manager): Promise<SurveyForm> {
    const questionnaire = await this.catalogue.questionnaire(questionnaireVersionOf(context));
    return surveyForm(context, questionnaire, await readSections(manager, context.engagementId));
  }

  /**
   * Saves the answers sent for one section over those it holds (null clears one), if the section is
   * still at the revision the save names: one transaction that locks the section's row, so that two
   * people on two sections never conflict and two on the same one never write over each other
   * (409 with the section as it stands). The first save of the questionnaire starts its response;
   * a submitted questionnaire takes no more (410). A manager's save is audited by question ids.
   */
  async save(engagementId: string, sectionId: string, request: SaveSurveySectionRequest, author: SurveyAuthor): Promise<SavedSurveySection> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const context = await readSurveyContext(manager, engagementId, { lockCampaign: true });
      refuseIfClosedTo(author, context, now);
      await holdLink(manager, author);
      const versionId = questionnaireVersionOf(context);
      const questionnaire = await this.catalogue.questionnaire(versionId);
      // The response's row is locked in share mode: saves go on side by side, a submission waits for them.
      await manager.query(`INSERT INTO "survey_response" ("engagement_id", "questionnaire_version_id", "started_at") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [engagementId, versionId, now]);
      const [response] = await manager.query<{ submitted_at: Date | null }[]>(`SELECT "submitted_at" FROM "survey_response" WHERE "engagement_id" = $1 FOR SHARE`, [engagementId]);
      // A submitted questionnaire says so (410) whatever the save holds: the page then closes the form.
      refuseIfSubmitted(response?.submitted_at ?? null);
      refuseBadAnswers(sectionNamed(questionnaire, sectionId), request.answers);

      const section = await this.writeSection(manager, engagementId, sectionId, request, authorUserId(author), now);
      if (author.kind === 'manager') {
        await this.audit.record(manager, author.actor, {
          action: 'survey-save',
          entityType: 'engagement',
          entityId: engagementId,
          after: { sectionId, revision: section.revision, questions: Object.keys(request.answers) },
        });
      }
      return { section, progress: formProgress(questionnaire, allAnswers(await readSections(manager, engagementId))) };
    });
  }

  /** The section's new revision, or 409 when it is no longer at the one the save names. */
  private async writeSection(manager: EntityManager, engagementId: string, sectionId: string, request: SaveSurveySectionRequest, by: string | null, now: Date): Promise<SurveySection> {
    const current = await readSection(manager, engagementId, sectionId, { forUpdate: true });
    if ((current?.revision ?? 0) !== request.revision) {
      throw sectionChanged(sectionOf(sectionId, current), request.revision);
    }
    const answers: Record<string, unknown> = { ...current?.answers };
    for (const [questionId, value] of Object.entries(request.answers)) {
      if (value === null) delete answers[questionId];
      else answers[questionId] = value;
    }
    const key = [engagementId, sectionId];
    const json = JSON.stringify(answers);
    const written = current ? await updateSection(manager, key, json, now, by) : await insertSection(manager, key, json, now, by);
    if (!written) {
      // Another first save of this section committed meanwhile.
      throw sectionChanged(sectionOf(sectionId, await readSection(manager, engagementId, sectionId)), request.revision);
    }
    return sectionOf(sectionId, written);
  }
}

const RETURNED = `RETURNING ${SECTION_COLUMNS}`;

async function updateSection(manager: EntityManager, key: string[], answers: string, now: Date, by: string | null): Promise<SectionRow | undefined> {
  // An UPDATE answers its rows and their count.
  const [[row]] = await manager.query<[SectionRow[], number]>(
    `UPDATE "survey_section_answers" SET "answers" = $3::jsonb, "revision" = "revision" + 1, "updated_at" = $4, "updated_by" = $5 WHERE "engagement_id" = $1 AND "section_id" = $2 ${RETURNED}`,
    [...key, answers, now, by],
  );
  return row;
}

/** The section's first save, or nothing when another one committed first. */
async function insertSection(manager: EntityManager, key: string[], answers: string, now: Date, by: string | null): Promise<SectionRow | undefined> {
  const [row] = await manager.query<SectionRow[]>(
    `INSERT INTO "survey_section_answers" ("engagement_id", "section_id", "answers", "revision", "updated_at", "updated_by") VALUES ($1, $2, $3::jsonb, 1, $4, $5) ON CONFLICT DO NOTHING ${RETURNED}`,
    [...key, answers, now, by],
  );
  return row;
}

/** The 409 of a save on an older revision, with the section as it stands (`section`), never written over. */
function sectionChanged(section: SurveySection, revision: number): ConflictException {
  return new ConflictException({
    type: SURVEY_PROBLEM.sectionChanged,
    title: 'Section changed',
    detail: `The section ${section.sectionId} is at revision ${section.revision}, not ${revision}: someone saved it meanwhile. Its answers as they stand are in \`section\`.`,
    extensions: { section },
  });
}
