import type { EngagementMaturity, MaturityFigure } from '@bep/contracts';
import { scoreMovement } from '@bep/domain';
import { COLOR, CONTENT_WIDTH, FONT, PAGE } from '@bep/server/billing';

const LABEL_WIDTH = 170;
const TRACK_X = PAGE.margin + LABEL_WIDTH + 8;
const TRACK_WIDTH = 190;
const FIGURES_X = TRACK_X + TRACK_WIDTH + 10;
const ROW = 14;
const BAR = { height: 7, fill: '#1f5f8b', median: '#c0392b' } as const;

/** `62.5` → `62,5`: the median's one decimal with a French comma. */
export function frenchFigure(value: number | null): string {
  return value === null ? '-' : String(value).replace('.', ',');
}

function barRow(pdf: PDFKit.PDFDocument, label: string, figure: MaturityFigure, y: number, bold: boolean): void {
  pdf.font(bold ? FONT.bold : FONT.regular).fontSize(8.5).fillColor(COLOR.text).text(label, PAGE.margin, y, { width: LABEL_WIDTH, height: ROW - 4, ellipsis: true });
  pdf.rect(TRACK_X, y + 1, TRACK_WIDTH, BAR.height).fillColor(COLOR.band).fill();
  if (figure.score !== null) pdf.rect(TRACK_X, y + 1, (TRACK_WIDTH * figure.score) / 100, BAR.height).fillColor(BAR.fill).fill();
  if (figure.median !== null) {
    const x = TRACK_X + (TRACK_WIDTH * figure.median) / 100;
    pdf.moveTo(x, y - 2).lineTo(x, y + BAR.height + 4).lineWidth(1.5).strokeColor(BAR.median).stroke();
  }
  const change = scoreMovement(figure.score, figure.earlier);
  const figures = `${frenchFigure(figure.score)}  (médiane ${frenchFigure(figure.median)}${change ? `, ${change}` : ''})`;
  pdf.font(bold ? FONT.bold : FONT.regular).fontSize(8.5).fillColor(COLOR.text).text(figures, FIGURES_X, y, { width: PAGE.margin + CONTENT_WIDTH - FIGURES_X, lineBreak: false });
}

/**
 * The scores per dimension as bars over 0-100, the province's median a red tick on each, the
 * overall index last; the figures beside them, with the movement since the earlier campaign.
 * Answers the y below the block.
 */
export function maturityBars(pdf: PDFKit.PDFDocument, maturity: EngagementMaturity, top: number): number {
  pdf.font(FONT.bold).fontSize(11).fillColor(COLOR.text).text('Scores de maturité (0 à 100)', PAGE.margin, top);
  if (maturity.model === null) {
    pdf.font(FONT.regular).fontSize(9).fillColor(COLOR.muted).text("Pas encore de scores : ils sont calculés à l'envoi du questionnaire.", { width: CONTENT_WIDTH });
    return pdf.y;
  }
  const peers = maturity.overall.median === null ? 'aucune autre commune n\'a encore répondu' : `${maturity.medianCommunes} communes de la campagne`;
  const earlier = maturity.earlierCampaign ? ` ; évolution depuis « ${maturity.earlierCampaign.name} »` : '';
  pdf.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted).text(`Barre : la commune ; trait rouge : médiane de la province (${peers})${earlier}.`, { width: CONTENT_WIDTH });
  let y = pdf.y + 8;
  for (const dimension of maturity.dimensions) {
    barRow(pdf, dimension.label, dimension, y, false);
    y += ROW;
  }
  barRow(pdf, 'Indice global', maturity.overall, y + 2, true);
  return y + ROW + 2;
}
