/**
 * Text for a CSV cell that a spreadsheet opens: a value starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with an apostrophe, which spreadsheets show as text rather than run
 * as a formula (names and free answers are typed by users). Null is an empty cell.
 */
export function spreadsheetText(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
