import { spreadsheetText, toBrusselsLocal } from '@bep/domain';
import { stringify } from 'csv-stringify';
import type { ExportCell } from './maturity-export-table';

/** `2026-03-02T14:05` (Brussels) -> `02/03/2026 14:05`. */
export function belgianDateTime(instant: Date): string {
  const [day, time] = toBrusselsLocal(instant).split('T') as [string, string];
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year} ${time}`;
}

/**
 * A cell as a French-speaking spreadsheet reads it: a decimal comma, a Brussels date and time,
 * text kept from running as a formula (answers are typed by the communes), nothing for no answer.
 */
export function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'string') return spreadsheetText(cell);
  return belgianDateTime(cell.instant);
}

/**
 * The CSV as the accounting export writes it (docs/billing-exports.md): UTF-8 with a byte order
 * mark, `;` between fields, CRLF line ends, quoting where needed. A province's communes make a
 * small file: it is built whole rather than streamed.
 */
export function maturityCsv(headers: readonly string[], rows: readonly ExportCell[][]): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    stringify([headers.map(csvCell), ...rows.map((row) => row.map(csvCell))], { bom: true, delimiter: ';', record_delimiter: 'windows' }, (error, output) =>
      error ? reject(error) : resolve(Buffer.from(output, 'utf8')),
    ),
  );
}
