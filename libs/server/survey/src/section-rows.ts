import type { SurveySection } from '@bep/contracts';
import type { Answers } from '@bep/domain';
import type { EntityManager } from 'typeorm';

/** A section's saved answers, as `survey_section_answers` holds them. */
export interface SectionRow {
  section_id: string;
  answers: SurveySection['answers'];
  revision: number;
  updated_at: Date;
}

/** The columns of a SectionRow, for the statements that read or return one. */
export const SECTION_COLUMNS = `"section_id", "answers", "revision", "updated_at"`;

/** Every saved section of the engagement. */
export function readSections(manager: EntityManager, engagementId: string): Promise<SectionRow[]> {
  return manager.query<SectionRow[]>(`SELECT ${SECTION_COLUMNS} FROM "survey_section_answers" WHERE "engagement_id" = $1`, [engagementId]);
}

/** One saved section, locked for the rest of the transaction when `forUpdate`; undefined when never saved. */
export async function readSection(manager: EntityManager, engagementId: string, sectionId: string, { forUpdate = false } = {}): Promise<SectionRow | undefined> {
  const [row] = await manager.query<SectionRow[]>(`SELECT ${SECTION_COLUMNS} FROM "survey_section_answers" WHERE "engagement_id" = $1 AND "section_id" = $2 ${forUpdate ? 'FOR UPDATE' : ''}`, [
    engagementId,
    sectionId,
  ]);
  return row;
}

/** A section as the form shows it; one never saved is at revision 0, empty. */
export function sectionOf(sectionId: string, row: SectionRow | undefined): SurveySection {
  return { sectionId, revision: row?.revision ?? 0, answers: row?.answers ?? {}, updatedAt: row?.updated_at.toISOString() ?? null };
}

/** The answers of every section together: question ids are unique in a questionnaire. */
export function allAnswers(rows: readonly { answers: Answers }[]): Answers {
  return Object.assign({}, ...rows.map((row) => row.answers));
}

/**
 * SQL of every section's answers together (`allAnswers` in the database), as one jsonb object,
 * for the engagement whose id the expression `engagementId` gives (a column of the outer query).
 */
export function allAnswersSql(engagementId: string): string {
  return `(SELECT COALESCE(jsonb_object_agg(x."key", x."value"), '{}'::jsonb)
             FROM "survey_section_answers" sa, jsonb_each(sa."answers") x WHERE sa."engagement_id" = ${engagementId})`;
}
