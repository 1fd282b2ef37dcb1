import { frenchEuros, frenchPercent, frenchQuantity } from './french-format';
import type { InvoiceDocument, InvoiceDocumentLine } from './invoice-document';
import { COLOR, COLUMNS, CONTENT_BOTTOM, CONTENT_WIDTH, FONT, PAGE, RIGHT_EDGE, type ColumnKey } from './pdf-layout';

/** The body of the invoice PDF: the lines table, the VAT breakdown and the totals. */

const CELL_PADDING = 4;

function quantityText(line: InvoiceDocumentLine): string {
  const quantity = frenchQuantity(line.quantityMilli);
  if (line.unitCode !== 'DAY') return quantity;
  return `${quantity} ${line.quantityMilli > 1000 ? 'jours' : 'jour'}`;
}

function cells(line: InvoiceDocumentLine): Record<ColumnKey, string> {
  return {
    description: line.description,
    quantity: quantityText(line),
    unitPrice: frenchEuros(line.unitPriceCents),
    share: frenchPercent(line.shareBp),
    amount: frenchEuros(line.netCents),
  };
}

function row(pdf: PDFKit.PDFDocument, values: Record<ColumnKey, string>, y: number, font: string): number {
  pdf.font(font).fontSize(9).fillColor(COLOR.text);
  let x = PAGE.margin;
  let height = 0;
  for (const column of COLUMNS) {
    const options = { width: column.width - 2 * CELL_PADDING, align: column.align };
    pdf.text(values[column.key], x + CELL_PADDING, y + CELL_PADDING, options);
    height = Math.max(height, pdf.heightOfString(values[column.key], options));
    x += column.width;
  }
  return height + 2 * CELL_PADDING;
}

function headerRow(pdf: PDFKit.PDFDocument, y: number): number {
  const titles = Object.fromEntries(COLUMNS.map((column) => [column.key, column.title])) as Record<ColumnKey, string>;
  pdf.rect(PAGE.margin, y, CONTENT_WIDTH, 26).fill(COLOR.band);
  row(pdf, titles, y, FONT.bold);
  return y + 26;
}

/** The lines, one row each, continued on a new page (with the column titles again) when needed. */
export function linesTable(pdf: PDFKit.PDFDocument, doc: InvoiceDocument, top: number): number {
  let y = headerRow(pdf, top);
  for (const line of doc.lines) {
    const values = cells(line);
    const height = pdf.font(FONT.regular).fontSize(9).heightOfString(values.description, { width: COLUMNS[0].width - 2 * CELL_PADDING }) + 2 * CELL_PADDING;
    if (y + height > CONTENT_BOTTOM) {
      pdf.addPage();
      y = headerRow(pdf, PAGE.margin);
    }
    y += row(pdf, values, y, FONT.regular);
    pdf.moveTo(PAGE.margin, y).lineTo(RIGHT_EDGE, y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  }
  return y;
}

function vatLabel(entry: InvoiceDocument['vatBreakdown'][number]): string {
  return entry.vatCategory === 'O' ? (entry.exemptionReason ?? 'Non soumis à la TVA') : `TVA ${frenchPercent(entry.vatRateBp)}`;
}

/** The VAT breakdown on the left (with the exemption reason for category O), the totals on the right. */
export function totalsBlock(pdf: PDFKit.PDFDocument, doc: InvoiceDocument, top: number): number {
  const isCredit = doc.kind === 'credit_note';
  let left = top;
  pdf.font(FONT.bold).fontSize(9).fillColor(COLOR.text).text('Récapitulatif TVA', PAGE.margin, left);
  left += 14;
  for (const entry of doc.vatBreakdown) {
    pdf.font(FONT.regular).fontSize(8.5).fillColor(COLOR.text);
    const label = `${vatLabel(entry)} : base ${frenchEuros(entry.taxableCents)}, TVA ${frenchEuros(entry.vatCents)}`;
    pdf.text(label, PAGE.margin, left, { width: 250 });
    left += pdf.heightOfString(label, { width: 250 }) + 3;
  }

  const rows: [string, number, boolean][] = [
    ['Total HTVA', doc.totals.netCents, false],
    ['TVA', doc.totals.vatCents, false],
    [isCredit ? 'Total crédité TVAC' : 'Total TVAC', doc.totals.grossCents, isCredit || doc.totals.payableCents === doc.totals.grossCents],
  ];
  // What changed since the invoice was issued: payments, and credit notes (what the payable amount
  // leaves unexplained by payments), so that the rows add up to what remains to pay.
  const creditedCents = doc.totals.grossCents - doc.totals.paidCents - doc.totals.payableCents;
  if (!isCredit && (doc.totals.paidCents !== 0 || creditedCents > 0)) {
    if (doc.totals.paidCents !== 0) rows.push(['Déjà payé', -doc.totals.paidCents, false]);
    if (creditedCents > 0) rows.push(['Notes de crédit', -creditedCents, false]);
    rows.push(['Reste à payer', doc.totals.payableCents, true]);
  }
  let right = top;
  const x = RIGHT_EDGE - 220;
  for (const [label, cents, emphasis] of rows) {
    if (emphasis) pdf.rect(x, right - 4, 220, 20).fill(COLOR.band);
    pdf.font(emphasis ? FONT.bold : FONT.regular).fontSize(emphasis ? 10.5 : 9.5).fillColor(COLOR.text);
    pdf.text(label, x + 6, right, { width: 110 });
    pdf.text(frenchEuros(cents), x + 110, right, { width: 104, align: 'right' });
    right += emphasis ? 22 : 16;
  }
  return Math.max(left, right);
}
