import { epcQrPayload, formatEnterpriseNumber, formatIban } from '@bep/domain';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { belgianDate, frenchEuros, paymentTermsText } from './french-format';
import type { InvoiceDocument, PostalAddress } from './invoice-document';
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, FONT, PAGE, pdfBytes, RIGHT_EDGE } from './pdf-layout';
import { linesTable, totalsBlock } from './pdf-lines';

/**
 * The PDF of an issued invoice or credit note, in French, A4: what a commune's finance office
 * prints, books and pays from. An invoice carries an EPC ("SEPA") QR code that a banking app
 * scans to fill in the transfer; a credit note asks for no payment and has none. Text uses the
 * PDF's standard Helvetica (WinAnsi encoding, which covers French accents and the euro sign), so
 * no font file is embedded.
 */

export interface InvoicePdfOptions {
  /** Leave the page streams readable (for tests that look for the text); compressed by default. */
  compress?: boolean;
}

/** The EPC QR payload of an invoice (the amount still due); null for a credit note or a settled invoice. */
export function paymentQrPayload(doc: InvoiceDocument): string | null {
  if (doc.kind !== 'invoice' || doc.totals.payableCents <= 0) return null;
  return epcQrPayload({
    bic: doc.seller.bic,
    beneficiaryName: doc.seller.name,
    iban: doc.seller.iban,
    amountCents: doc.totals.payableCents,
    structuredCommunication: doc.structuredCommunication,
  });
}

function addressLines(address: PostalAddress): string[] {
  return [address.street, `${address.postalCode} ${address.city}${address.countryCode === 'BE' ? '' : ` (${address.countryCode})`}`];
}

function sellerBlock(pdf: PDFKit.PDFDocument, doc: InvoiceDocument): number {
  const { seller } = doc;
  pdf.font(FONT.bold).fontSize(11).fillColor(COLOR.text).text(seller.name, PAGE.margin, PAGE.margin, { width: 290 });
  const details = [
    ...addressLines(seller.address),
    `N° d'entreprise (BCE) : ${formatEnterpriseNumber(seller.enterpriseNumber)}`,
    seller.vatNumber ? `TVA : ${seller.vatNumber}` : 'Non assujetti à la TVA',
    `IBAN : ${formatIban(seller.iban)} - BIC : ${seller.bic}`,
    ...[seller.email, seller.phone].filter((value): value is string => Boolean(value)),
  ];
  pdf.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted).text(details.join('\n'), { width: 270, lineGap: 1.5 });
  return pdf.y;
}

function titleBlock(pdf: PDFKit.PDFDocument, doc: InvoiceDocument): void {
  const x = RIGHT_EDGE - 200;
  const isInvoice = doc.kind === 'invoice';
  pdf.font(FONT.bold).fontSize(20).fillColor(COLOR.text).text(isInvoice ? 'FACTURE' : 'NOTE DE CRÉDIT', x, PAGE.margin, { width: 200, align: 'right' });
  pdf.fontSize(11).text(`N° ${doc.number}`, { width: 200, align: 'right' });
  const dates = [`Date : ${belgianDate(doc.issueDate)}`];
  if (isInvoice && doc.dueDate) dates.push(`Échéance : ${belgianDate(doc.dueDate)}`);
  pdf.moveDown(0.3).font(FONT.regular).fontSize(9).text(dates.join('\n'), { width: 200, align: 'right', lineGap: 1.5 });
}

function buyerBlock(pdf: PDFKit.PDFDocument, doc: InvoiceDocument, top: number): number {
  const { buyer } = doc;
  const x = RIGHT_EDGE - 240;
  const lines = [
    ...addressLines(buyer.address),
    `N° d'entreprise (BCE) : ${formatEnterpriseNumber(buyer.enterpriseNumber)}`,
    ...(buyer.vatNumber ? [`TVA : ${buyer.vatNumber}`] : []),
    `Code INS : ${buyer.nis}`,
    `Votre référence : ${buyer.buyerReference}`,
  ];
  pdf.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted).text('DESTINATAIRE', x + 12, top + 10);
  pdf.font(FONT.bold).fontSize(11).fillColor(COLOR.text).text(buyer.name, x + 12, top + 22, { width: 216 });
  pdf.font(FONT.regular).fontSize(9).text(lines.join('\n'), { width: 216, lineGap: 1.5 });
  const bottom = pdf.y + 10;
  pdf.roundedRect(x, top, 240, bottom - top, 4).lineWidth(0.75).strokeColor(COLOR.rule).stroke();
  return bottom;
}

function subjectBlock(pdf: PDFKit.PDFDocument, doc: InvoiceDocument, top: number): number {
  pdf.font(FONT.bold).fontSize(10).fillColor(COLOR.text).text(`Objet : ${doc.subject}`, PAGE.margin, top, { width: CONTENT_WIDTH });
  const details: string[] = [];
  if (doc.creditedInvoice) {
    details.push(`Note de crédit relative à la facture ${doc.creditedInvoice.number} du ${belgianDate(doc.creditedInvoice.issueDate)}.`);
  }
  if (doc.note) details.push(doc.kind === 'credit_note' ? `Motif : ${doc.note}` : doc.note);
  if (details.length > 0) pdf.font(FONT.regular).fontSize(9).text(details.join('\n'), { width: CONTENT_WIDTH, lineGap: 1.5 });
  return pdf.y;
}

const QR_SIZE = 96;

/** The payment terms, with the QR code on the right for an invoice. */
function paymentBlock(pdf: PDFKit.PDFDocument, doc: InvoiceDocument, qrPng: Buffer | null, top: number): void {
  const textWidth = qrPng ? CONTENT_WIDTH - QR_SIZE - 40 : CONTENT_WIDTH - 24;
  const title = doc.kind === 'invoice' ? 'Modalités de paiement' : 'Règlement';
  const lines = [paymentTermsText(doc)];
  if (doc.kind === 'invoice') {
    lines.push(`Montant : ${frenchEuros(doc.totals.payableCents)}`, `Bénéficiaire : ${doc.seller.name}`);
  }
  const body = lines.join('\n');
  pdf.font(FONT.regular).fontSize(9);
  const textHeight = 16 + pdf.heightOfString(body, { width: textWidth, lineGap: 2 });
  const height = Math.max(textHeight, qrPng ? QR_SIZE + 18 : 0) + 12;
  if (top + height > CONTENT_BOTTOM) {
    pdf.addPage();
    top = PAGE.margin;
  }
  pdf.roundedRect(PAGE.margin, top, CONTENT_WIDTH, height, 4).lineWidth(0.75).strokeColor(COLOR.rule).stroke();
  pdf.font(FONT.bold).fontSize(10).fillColor(COLOR.text).text(title, PAGE.margin + 12, top + 12, { width: textWidth });
  pdf.font(FONT.regular).fontSize(9).text(body, { width: textWidth, lineGap: 2 });
  if (qrPng) {
    const x = RIGHT_EDGE - QR_SIZE - 12;
    pdf.image(qrPng, x, top + 8, { width: QR_SIZE, height: QR_SIZE });
    pdf.font(FONT.regular).fontSize(6.5).fillColor(COLOR.muted);
    pdf.text('Scannez avec votre application bancaire', x - 30, top + 10 + QR_SIZE, { width: QR_SIZE + 30, align: 'right' });
  }
}

/** Seller identity and page numbers at the foot of every page, as printed invoices carry them. */
function footers(pdf: PDFKit.PDFDocument, doc: InvoiceDocument): void {
  const range = pdf.bufferedPageRange();
  const identity = `${doc.seller.name} - BCE ${formatEnterpriseNumber(doc.seller.enterpriseNumber)} - IBAN ${formatIban(doc.seller.iban)}`;
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    // The footer sits in the bottom margin, where pdfkit would otherwise start a new page.
    pdf.page.margins.bottom = 0;
    const y = PAGE.height - 60;
    pdf.moveTo(PAGE.margin, y).lineTo(RIGHT_EDGE, y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    pdf.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
    pdf.text(identity, PAGE.margin, y + 6, { width: CONTENT_WIDTH - 80, lineBreak: false });
    pdf.text(`${doc.number} - page ${index - range.start + 1}/${range.count}`, RIGHT_EDGE - 120, y + 6, { width: 120, align: 'right', lineBreak: false });
  }
}

/**
 * The document with its texts made drawable by the standard fonts: the thin and no-break spaces
 * that number formatting and pasted text bring (U+202F, U+00A0, U+2009) are outside their WinAnsi
 * encoding and would print as garbage, so they become plain spaces. Accents, the euro sign and
 * typographic quotes are inside it.
 */
export function printableDocument<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[\u00a0\u2009\u202f]/g, ' ') as T;
  if (Array.isArray(value)) return value.map((item) => printableDocument(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableDocument(item)])) as T;
  }
  return value;
}

function noonOf(day: string): Date {
  // The document's own date, not the time of rendering: the same document gives the same PDF.
  return new Date(`${day}T12:00:00Z`);
}

export async function invoicePdf(issued: InvoiceDocument, options: InvoicePdfOptions = {}): Promise<Buffer> {
  const doc = printableDocument(issued);
  const payload = paymentQrPayload(doc);
  // EPC069-12 asks for error correction level M. Four pixels per module keep every module a whole
  // number of pixels (sharp when printed) and the PNG small and quick to encode.
  const qrPng = payload ? await QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4 }) : null;
  const title = `${doc.kind === 'invoice' ? 'Facture' : 'Note de crédit'} ${doc.number}`;
  const pdf = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    compress: options.compress ?? true,
    lang: 'fr-BE',
    displayTitle: true,
    info: { Title: title, Author: doc.seller.name, Subject: doc.subject, CreationDate: noonOf(doc.issueDate), ModDate: noonOf(doc.issueDate) },
  });
  const finished = pdfBytes(pdf);

  const sellerBottom = sellerBlock(pdf, doc);
  titleBlock(pdf, doc);
  const buyerBottom = buyerBlock(pdf, doc, Math.max(sellerBottom, pdf.y) + 18);
  const subjectBottom = subjectBlock(pdf, doc, buyerBottom + 22);
  const tableBottom = linesTable(pdf, doc, subjectBottom + 12);
  let y = tableBottom + 16;
  if (y + 90 > CONTENT_BOTTOM) {
    pdf.addPage();
    y = PAGE.margin;
  }
  const totalsBottom = totalsBlock(pdf, doc, y);
  paymentBlock(pdf, doc, qrPng, totalsBottom + 18);
  footers(pdf, doc);
  pdf.end();
  return finished;
}
