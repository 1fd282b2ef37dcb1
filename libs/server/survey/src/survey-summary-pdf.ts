import type { EngagementMaturity } from '@bep/contracts';
import { belgianDate, type SectionInWords } from '@bep/domain';
import { COLOR, CONTENT_WIDTH, FONT, PAGE, pdfBytes, printableDocument, RIGHT_EDGE } from '@bep/server/billing';
import PDFDocument from 'pdfkit';
import { maturityBars } from './survey-summary-bars';

/** What a commune's one-page summary shows: whose answers, when submitted, the scores, the answers in words. */
export interface SurveySummary {
  commune: { nis: string; name: string };
  campaign: string;
  /** `YYYY-MM-DD`, the Brussels day of the submission; null while not submitted. */
  submittedOn: string | null;
  submittedVia: 'link' | 'manager' | null;
  maturity: EngagementMaturity;
  sections: readonly SectionInWords[];
  /** `YYYY-MM-DD`, the day it is printed (the PDF's date). */
  printedOn: string;
}

export interface SurveySummaryPdfOptions {
  /** Leave the page streams readable (for tests that look for the text); compressed by default. */
  compress?: boolean;
}

/** Below this the footer begins: the answers stop above it (the page is one, whatever the answers' length). */
const ANSWERS_BOTTOM = PAGE.height - 72;
const COLUMN_GAP = 16;
const COLUMN_WIDTH = (CONTENT_WIDTH - COLUMN_GAP) / 2;
/** Each line's height: a little above its font's, so that the page holds a whole questionnaire's answers. */
const LINE = { heading: 10.5, label: 7.3, answer: 7.9 } as const;

function headerBlock(pdf: PDFKit.PDFDocument, summary: SurveySummary): number {
  pdf.font(FONT.regular).fontSize(8).fillColor(COLOR.muted).text('QUESTIONNAIRE DE MATURITÉ NUMÉRIQUE - RÉSUMÉ', PAGE.margin, PAGE.margin);
  pdf.font(FONT.bold).fontSize(18).fillColor(COLOR.text).text(`Commune de ${summary.commune.name}`, { width: CONTENT_WIDTH });
  const via = summary.submittedVia === 'manager' ? ' (réponses papier saisies par BEP)' : summary.submittedVia === 'link' ? ' (en ligne)' : '';
  const submitted = summary.submittedOn ? `Envoyé le ${belgianDate(summary.submittedOn)}${via}` : 'Pas encore envoyé';
  pdf.font(FONT.regular).fontSize(9).text(`${summary.campaign} - code INS ${summary.commune.nis} - ${submitted}`, { width: CONTENT_WIDTH });
  return pdf.y + 10;
}

/**
 * The answers, section by section, in two columns: each question's label on one line and its
 * answer on the next, both cut with an ellipsis. When the page is full, a last line says so: the
 * summary stays one page, the application holds the rest.
 */
function answersBlock(pdf: PDFKit.PDFDocument, sections: readonly SectionInWords[], top: number): void {
  pdf.font(FONT.bold).fontSize(11).fillColor(COLOR.text).text('Réponses par section', PAGE.margin, top);
  const start = pdf.y + 4;
  let column = 0;
  let y = start;
  const x = () => PAGE.margin + column * (COLUMN_WIDTH + COLUMN_GAP);
  /** Room for `height` more points, in this column or the next; false when the page is full. */
  const room = (height: number): boolean => {
    if (y + height <= ANSWERS_BOTTOM - LINE.answer) return true;
    if (column === 1) return false;
    column = 1;
    y = start;
    return true;
  };
  const line = (text: string, font: string, size: number, color: string, height: number) => {
    pdf.font(font).fontSize(size).fillColor(color).text(text, x(), y, { width: COLUMN_WIDTH, height, ellipsis: true });
    y += height;
  };
  for (const section of sections) {
    if (!room(LINE.heading + LINE.label + LINE.answer)) return cutShort(pdf, x(), y);
    line(section.title, FONT.bold, 8.5, COLOR.text, LINE.heading);
    for (const { question, answer } of section.questions) {
      if (!room(LINE.label + LINE.answer)) return cutShort(pdf, x(), y);
      line(question.label, FONT.regular, 6.2, COLOR.muted, LINE.label);
      line(answer.length > 0 ? answer.join(' ; ') : 'Sans réponse', answer.length > 0 ? FONT.regular : FONT.bold, 6.7, answer.length > 0 ? COLOR.text : COLOR.muted, LINE.answer);
    }
    y += 2;
  }
}

function cutShort(pdf: PDFKit.PDFDocument, x: number, y: number): void {
  pdf.font(FONT.bold).fontSize(7).fillColor(COLOR.muted).text('… la suite des réponses est dans l\'application.', x, y, { width: COLUMN_WIDTH, lineBreak: false });
}

function footer(pdf: PDFKit.PDFDocument, summary: SurveySummary): void {
  // The footer sits in the bottom margin, where pdfkit would otherwise start a new page.
  pdf.page.margins.bottom = 0;
  const y = PAGE.height - 60;
  pdf.moveTo(PAGE.margin, y).lineTo(RIGHT_EDGE, y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  pdf.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
  pdf.text(
    `Résumé imprimé le ${belgianDate(summary.printedOn)}. Les libellés et les réponses longues sont abrégés : les réponses complètes sont dans l'application, sur la page de la commune.`,
    PAGE.margin,
    y + 6,
    { width: CONTENT_WIDTH, lineGap: 1 },
  );
}

/**
 * A commune's questionnaire on one A4 page, in French, for a consultant preparing its diagnostic:
 * the scores per dimension beside the province's median, the overall index, then the answers
 * condensed. Standard Helvetica like the invoices (`@bep/server/billing`'s grid and colours).
 */
export function surveySummaryPdf(source: SurveySummary, options: SurveySummaryPdfOptions = {}): Promise<Buffer> {
  const summary = printableDocument(source);
  const printed = new Date(`${summary.printedOn}T12:00:00Z`);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    compress: options.compress ?? true,
    lang: 'fr-BE',
    displayTitle: true,
    info: { Title: `Questionnaire de maturité - ${summary.commune.name}`, Author: 'BEP', Subject: summary.campaign, CreationDate: printed, ModDate: printed },
  });
  const finished = pdfBytes(pdf);
  const barsBottom = maturityBars(pdf, summary.maturity, headerBlock(pdf, summary));
  answersBlock(pdf, summary.sections, barsBottom + 12);
  footer(pdf, summary);
  pdf.end();
  return finished;
}
