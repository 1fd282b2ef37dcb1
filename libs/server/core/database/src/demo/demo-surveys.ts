import { brusselsDate, scoreAnswers, stageOrder, type AnswerValue, type Questionnaire, type ScoringModel, type Stage } from '@bep/domain';
import { subMinutes } from 'date-fns';
import type { EntityManager } from 'typeorm';
import { MaturityScoreEntity, SurveyResponseEntity, SurveySectionAnswersEntity } from '../entities';
import { DEMO_PAPER_SURVEYS, DEMO_USERS } from './demo-data';
import { demoSurveyAnswers } from './demo-survey-answers';
import { SeededRandom } from './seeded-random';

export interface DemoSurveys {
  campaignId: string;
  questionnaireVersionId: string;
  /** Questionnaires begun online and not submitted, by communes still at "Questionnaire envoyé". */
  inProgress: readonly { commune: string; sections: number; savedAt: Date }[];
}

interface DemoEngagement {
  id: string;
  name: string;
  nis: string;
  population: number;
  stage: Stage;
  /** When it entered `survey_answered`: the questionnaire's submission. */
  answered_at: Date | null;
}

/** A questionnaire's saves: its sections' answers and when each was last saved, and when the first was. */
interface Filling {
  startedAt: Date;
  sections: { sectionId: string; answers: Record<string, AnswerValue>; savedAt: Date }[];
}

/**
 * The questionnaires of the campaign's engagements: every engagement past `survey_answered` has its
 * answers submitted the moment it entered that stage (through its link, or typed in from paper by
 * the demo's manager for DEMO_PAPER_SURVEYS), scored as the server scores a submission
 * (`scoreAnswers`, the questionnaire version's latest model, computed at the submission); the
 * communes in progress have their first sections saved. Three inserts, whatever the number of
 * communes.
 */
export async function insertDemoSurveys(manager: EntityManager, demo: DemoSurveys): Promise<void> {
  const [questionnaireRow] = await manager.query<{ definition: Questionnaire }[]>(`SELECT "definition" FROM "questionnaire_version" WHERE "id" = $1`, [demo.questionnaireVersionId]);
  // The latest model of the version, as SurveyCatalogue.latestModel picks it.
  const [modelRow] = await manager.query<{ id: string; definition: ScoringModel }[]>(
    `SELECT "id", "definition" FROM "scoring_model_version" WHERE "questionnaire_version_id" = $1 ORDER BY "created_at" DESC, "version" DESC, "id" LIMIT 1`,
    [demo.questionnaireVersionId],
  );
  if (!questionnaireRow || !modelRow) {
    throw new Error(`The demo's questionnaire ${demo.questionnaireVersionId} or its scoring model is not stored`);
  }
  const questionnaire = questionnaireRow.definition;
  const [typist] = await manager.query<{ id: string }[]>(`SELECT "id" FROM "app_user" WHERE "email" = $1`, [DEMO_USERS.find((user) => user.roles.includes('manager'))?.email]);
  if (!typist) throw new Error("The demo's manager, who types in the paper answers, is not stored");
  const engagements = await manager.query<DemoEngagement[]>(
    `SELECT e."id", c."name", c."nis", c."population", e."stage",
            (SELECT min(s."changed_at") FROM "stage_change" s WHERE s."engagement_id" = e."id" AND s."to_stage" = 'survey_answered') AS answered_at
       FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis" WHERE e."campaign_id" = $1`,
    [demo.campaignId],
  );
  const engagementOf = (name: string) => {
    const engagement = engagements.find((e) => e.name === name);
    if (!engagement) throw new Error(`Demo data refers to an unknown commune: ${name}`);
    return engagement;
  };
  const answersOf = (engagement: DemoEngagement, at: Date) =>
    demoSurveyAnswers(questionnaire, { nis: engagement.nis, population: engagement.population, stage: engagement.stage, year: Number(brusselsDate(at).slice(0, 4)) });

  const responses: Pick<SurveyResponseEntity, 'engagementId' | 'questionnaireVersionId' | 'startedAt' | 'submittedAt' | 'submittedVia' | 'submittedBy'>[] = [];
  // The answers typed as the domain's rather than the entity's `unknown`, which TypeORM's insert cannot type.
  const sections: (Pick<SurveySectionAnswersEntity, 'engagementId' | 'sectionId' | 'revision' | 'updatedAt' | 'updatedBy'> & { answers: Record<string, AnswerValue> })[] = [];
  const scores: Pick<MaturityScoreEntity, 'engagementId' | 'scoringModelVersionId' | 'dimensions' | 'overall' | 'computedAt'>[] = [];
  const record = (engagement: DemoEngagement, filling: Filling, submission: Pick<SurveyResponseEntity, 'submittedAt' | 'submittedVia' | 'submittedBy'>) => {
    responses.push({ engagementId: engagement.id, questionnaireVersionId: demo.questionnaireVersionId, startedAt: filling.startedAt, ...submission });
    for (const section of filling.sections) {
      // One save per answer: the form saves as the commune types.
      const revision = Object.keys(section.answers).length;
      sections.push({ engagementId: engagement.id, sectionId: section.sectionId, answers: section.answers, revision, updatedAt: section.savedAt, updatedBy: submission.submittedBy });
    }
  };

  const answeredOrder = stageOrder('survey_answered') ?? 0;
  const answered = engagements.filter((e) => (stageOrder(e.stage) ?? 0) >= answeredOrder);
  for (const commune of DEMO_PAPER_SURVEYS) {
    if (!answered.includes(engagementOf(commune))) throw new Error(`The demo's paper questionnaire of ${commune} was never answered`);
  }
  for (const engagement of answered) {
    const submittedAt = engagement.answered_at;
    if (!submittedAt) throw new Error(`The demo's ${engagement.name} is past survey_answered without having entered it`);
    const answers = answersOf(engagement, submittedAt);
    const onPaper = DEMO_PAPER_SURVEYS.includes(engagement.name);
    // Submitted a couple of minutes after the last section was saved.
    record(engagement, fillingOf(questionnaire, answers, engagement.nis, subMinutes(submittedAt, 2), questionnaire.sections.length), {
      submittedAt,
      submittedVia: onPaper ? 'manager' : 'link',
      submittedBy: onPaper ? typist.id : null,
    });
    const scored = scoreAnswers(modelRow.definition, questionnaire, answers);
    scores.push({
      engagementId: engagement.id,
      scoringModelVersionId: modelRow.id,
      dimensions: Object.fromEntries(scored.dimensions.map(({ dimension, score }) => [dimension, score])),
      overall: scored.overall,
      computedAt: submittedAt,
    });
  }
  for (const { commune, sections: count, savedAt } of demo.inProgress) {
    const engagement = engagementOf(commune);
    if (engagement.stage !== 'survey_sent') throw new Error(`The demo's questionnaire in progress of ${commune} is past survey_sent`);
    record(engagement, fillingOf(questionnaire, answersOf(engagement, savedAt), engagement.nis, savedAt, count), { submittedAt: null, submittedVia: null, submittedBy: null });
  }

  await manager.insert(SurveyResponseEntity, responses);
  await manager.insert(SurveySectionAnswersEntity, sections);
  await manager.insert(MaturityScoreEntity, scores);
}

/**
 * The first `count` sections filled in order, a few minutes each, the last saved at `lastSavedAt`
 * (a section left empty is never saved). Seeded by the commune, apart from its answers' numbers.
 */
function fillingOf(questionnaire: Questionnaire, answers: Record<string, AnswerValue>, nis: string, lastSavedAt: Date, count: number): Filling {
  const random = new SeededRandom(Number(nis) + 1_000_000);
  const filled = questionnaire.sections
    .slice(0, count)
    .map((section) => ({
      sectionId: section.id,
      answers: Object.fromEntries(section.questions.flatMap((question) => (answers[question.id] === undefined ? [] : [[question.id, answers[question.id]]]))),
      minutes: random.int(2, 8),
    }))
    .filter((section) => Object.keys(section.answers).length > 0);
  let savedAt = lastSavedAt;
  const saved = filled.reverse().map(({ minutes, ...section }) => {
    const sectionSaved = { ...section, savedAt };
    savedAt = subMinutes(savedAt, minutes);
    return sectionSaved;
  });
  return { startedAt: savedAt, sections: saved.reverse() };
}
