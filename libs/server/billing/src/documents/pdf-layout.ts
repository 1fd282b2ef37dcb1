/**
 * The page grid and type scale of the invoice PDF (A4, points): one place to keep the blocks
 * aligned with each other. The other one-page documents (a commune's questionnaire summary) share
 * the grid, fonts and colours, so BEP's documents look alike.
 */
export const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const RIGHT_EDGE = PAGE.width - PAGE.margin;
/** Below this the footer begins: content that would cross it moves to a new page. */
export const CONTENT_BOTTOM = PAGE.height - 80;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;
export const COLOR = { text: '#1a1a1a', muted: '#5c5c5c', rule: '#b8b8b8', band: '#eef1f4' } as const;

/** The columns of the lines table: description, quantity, unit price, share, amount. */
export const COLUMNS = [
  { key: 'description', title: 'Description', width: 205, align: 'left' },
  { key: 'quantity', title: 'Quantité', width: 60, align: 'right' },
  { key: 'unitPrice', title: 'Prix unitaire HTVA', width: 85, align: 'right' },
  { key: 'share', title: 'Part commune', width: 55, align: 'right' },
  { key: 'amount', title: 'Montant HTVA', width: 90, align: 'right' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** The bytes of a pdfkit document, once `end()` is called on it (after this call). */
export function pdfBytes(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}
