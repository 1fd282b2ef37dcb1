import { keptAnswers, type Answers, type Question, type Questionnaire, type ScoringModel } from '@bep/domain';
import type { ScoredResponse } from './maturity-reader';

/** A cell as the export knows it; each format writes it its own way (a number stays a number). */
export type ExportCell = string | number | { instant: Date } | null;

export interface ExportColumn<Row> {
  header: string;
  cell(row: Row): ExportCell;
}

/** A response as exported: its scores, and its answers that stand (`keptAnswers`, read once). */
export interface ExportRow {
  response: ScoredResponse;
  kept: Answers;
}

export function exportRows(questionnaire: Questionnaire, responses: readonly ScoredResponse[]): ExportRow[] {
  return responses.map((response) => ({ response, kept: keptAnswers(questionnaire, response.answers) }));
}

const SUBMITTED_VIA: Record<ScoredResponse['submittedVia'], string> = { link: 'la commune (lien)', manager: 'BEP (réponses sur papier)' };

/** The commune's columns, first in both tables. */
const COMMUNE_COLUMNS: ExportColumn<ExportRow>[] = [
  { header: 'Code INS', cell: ({ response }) => response.nis },
  { header: 'Commune', cell: ({ response }) => response.name },
];

/** The scores' columns: who, when, how, the overall index, then each dimension of the model by its label. */
export function scoreColumns(model: ScoringModel): ExportColumn<ExportRow>[] {
  return [
    ...COMMUNE_COLUMNS,
    { header: 'Soumis le', cell: ({ response }) => ({ instant: response.submittedAt }) },
    { header: 'Soumis par', cell: ({ response }) => SUBMITTED_VIA[response.submittedVia] },
    { header: 'Indice global', cell: ({ response }) => response.overall },
    ...model.dimensions.map((dimension) => ({ header: dimension.label, cell: ({ response }: ExportRow) => response.dimensions[dimension.id] ?? null })),
  ];
}

/** A question's column header: its id (stable across versions, for formulas) and its words. */
const header = (question: Question, part?: string) => `${question.id} — ${part ?? question.label}`;

/**
 * The columns of a question, on the answers that stand (`keptAnswers`): a multiple choice has a
 * 0/1 column per option (an analyst counts and filters them, and sums a column in a pivot table),
 * empty when the question was hidden or left open; a matrix a column per row holding the column's
 * label; a single choice the option's label; a scale or a number the number; text as typed.
 */
function questionColumns(question: Question): ExportColumn<Answers>[] {
  switch (question.kind) {
    case 'multiple':
      return question.options.map((option) => ({
        header: header(question, option.label),
        cell: (kept) => {
          const value = kept[question.id];
          return Array.isArray(value) ? (value.includes(option.value) ? 1 : 0) : null;
        },
      }));
    case 'matrix':
      return question.rows.map((row) => ({
        header: header(question, row.label),
        cell: (kept) => {
          const chosen = (kept[question.id] as Readonly<Record<string, string>> | undefined)?.[row.value];
          return chosen === undefined ? null : (question.columns.find((column) => column.value === chosen)?.label ?? chosen);
        },
      }));
    case 'single':
      return [{ header: header(question), cell: (kept) => question.options.find((option) => option.value === kept[question.id])?.label ?? null }];
    case 'scale':
    case 'number':
      return [{ header: header(question), cell: (kept) => (typeof kept[question.id] === 'number' ? (kept[question.id] as number) : null) }];
    case 'text':
      return [{ header: header(question), cell: (kept) => (typeof kept[question.id] === 'string' ? (kept[question.id] as string) : null) }];
  }
}

/** Every question's columns, in the questionnaire's order. */
export function answerColumns(questionnaire: Questionnaire): ExportColumn<ExportRow>[] {
  return questionnaire.sections
    .flatMap((section) => section.questions)
    .flatMap((question) => questionColumns(question).map((column) => ({ header: column.header, cell: ({ kept }: ExportRow) => column.cell(kept) })));
}

/** The answers' sheet: the commune, then every question. */
export const answerSheetColumns = (questionnaire: Questionnaire) => [...COMMUNE_COLUMNS, ...answerColumns(questionnaire)];

/** The CSV's one table: the scores, then every question. */
export const allColumns = (model: ScoringModel, questionnaire: Questionnaire) => [...scoreColumns(model), ...answerColumns(questionnaire)];

/** A table of cells: the header row, then a row per response. */
export function exportTable<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): { headers: string[]; rows: ExportCell[][] } {
  return { headers: columns.map((column) => column.header), rows: rows.map((row) => columns.map((column) => column.cell(row))) };
}
