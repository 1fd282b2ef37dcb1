import { toBrusselsLocal, type QuestionKind, type Questionnaire } from '@bep/domain';
import { Workbook, type Worksheet } from 'exceljs';
import type { ExportCell } from './maturity-export-table';

export interface Sheet {
  name: string;
  headers: readonly string[];
  rows: readonly ExportCell[][];
}

const KIND_LABELS: Record<QuestionKind, string> = {
  single: 'choix unique',
  multiple: 'choix multiple',
  scale: 'échelle',
  matrix: 'matrice',
  number: 'nombre',
  text: 'texte',
};

/**
 * A spreadsheet has no time zone: a submission's instant is written as the Brussels clock read it
 * (its fields as UTC fields, which spreadsheets show as they are), formatted `dd/mm/yyyy hh:mm`.
 */
function xlsxCell(cell: ExportCell): string | number | Date | null {
  return cell !== null && typeof cell === 'object' ? new Date(`${toBrusselsLocal(cell.instant)}:00Z`) : cell;
}

function addSheet(workbook: Workbook, { name, headers, rows }: Sheet): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(xlsxCell));
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(40, Math.max(10, (headers[index] ?? '').length * 0.6));
    if (rows.some((row) => row[index] !== null && typeof row[index] === 'object')) column.numFmt = 'dd/mm/yyyy hh:mm';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: headers.length } };
  return sheet;
}

/** The questions sheet: where each answer column comes from, with the question's full words and options. */
function questionsSheet(questionnaire: Questionnaire): Sheet {
  return {
    name: 'Questions',
    headers: ['Identifiant', 'Section', 'Type', 'Question', 'Options'],
    rows: questionnaire.sections.flatMap((section) =>
      section.questions.map((question) => {
        const labels = (options: readonly { label: string }[]) => options.map((option) => option.label).join(' | ');
        const options =
          question.kind === 'matrix'
            ? `Lignes\u00a0: ${labels(question.rows)}\u00a0; colonnes\u00a0: ${labels(question.columns)}`
            : question.kind === 'single' || question.kind === 'multiple'
              ? labels(question.options)
              : null;
        return [question.id, section.title, KIND_LABELS[question.kind], question.label, options];
      }),
    ),
  };
}

/** The workbook: the scores, the answers, and the questions that name the answers' columns. */
export async function maturityXlsx(sheets: readonly Sheet[], questionnaire: Questionnaire | null, created: Date): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'BEP Transition numérique';
  workbook.created = created;
  workbook.modified = created;
  for (const sheet of sheets) addSheet(workbook, sheet);
  if (questionnaire) addSheet(workbook, questionsSheet(questionnaire));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
