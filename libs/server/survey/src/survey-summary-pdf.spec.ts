import type { EngagementMaturity } from '@bep/contracts';
import { answersInWords, RADIOSCOPIE_QUESTIONNAIRE, type Answers, type Question, type Questionnaire } from '@bep/domain';
import { QUESTIONNAIRES } from '@bep/domain/survey-data';
import { drawnPdfText, pdfPageCount } from '@bep/server/core/testing';
import { asciiFileName } from './file-names';
import { surveySummaryPdf, type SurveySummary } from './survey-summary-pdf';

// The first PDF of a file loads pdfkit's font metrics: a few seconds.
jest.setTimeout(30_000);

const MATURITY: EngagementMaturity = {
  model: { code: 'maturite-dma', version: 1 },
  computedAt: '2026-03-10T09:00:00.000Z',
  dimensions: [
    { id: 'digital-strategy', label: 'Stratégie et investissements numériques', score: 62, median: 55.5, earlier: 50 },
    { id: 'green-digital', label: 'Numérique vert', score: null, median: null, earlier: null },
  ],
  overall: { score: 58, median: 47, earlier: 61 },
  medianCommunes: 4,
  earlierCampaign: { name: 'Radioscopie numérique 2024' },
};

const QUESTIONNAIRE = QUESTIONNAIRES.find((q) => q.code === RADIOSCOPIE_QUESTIONNAIRE) as Questionnaire;

/** The longest answers the questionnaire takes: every option chosen, every text at its length limit. */
function longestAnswer(question: Question): Answers[string] {
  if (question.kind === 'multiple') return question.options.slice(0, question.maxChoices ?? question.options.length).map((option) => option.value);
  if (question.kind === 'matrix') return Object.fromEntries(question.rows.map((row) => [row.value, question.columns.at(-1)?.value ?? '']));
  if (question.kind === 'text') return 'Un très long texte libre qui dit tout. '.repeat(200).slice(0, question.maxLength);
  if (question.kind === 'single') return question.options.at(-1)?.value ?? '';
  return question.max;
}

function summary(answers: Answers, maturity: EngagementMaturity = MATURITY): SurveySummary {
  return {
    commune: { nis: '92003', name: 'Andenne' },
    campaign: 'Radioscopie numérique 2026',
    submittedOn: '2026-03-10',
    submittedVia: 'link',
    maturity,
    sections: answersInWords(QUESTIONNAIRE, answers),
    printedOn: '2026-03-17',
  };
}

describe('surveySummaryPdf', () => {
  const everyQuestion = QUESTIONNAIRE.sections.flatMap((section) => section.questions);

  it('prints the commune, its campaign, the scores beside the median with their movement, and the answers in words', async () => {
    const first = everyQuestion[0] as Question;
    const pdf = await surveySummaryPdf(summary({ [first.id]: longestAnswer(first) }), { compress: false });
    expect(pdfPageCount(pdf)).toBe(1);
    const text = drawnPdfText(pdf).join('\n');
    for (const expected of [
      'Commune de Andenne',
      'Radioscopie numérique 2026 - code INS 92003 - Envoyé le 10/03/2026 (en ligne)',
      'médiane de la province (4 communes de la campagne) ; évolution depuis « Radioscopie numérique 2024 »',
      'Stratégie et investissements numériques',
      '62  (médiane 55,5, +12)',
      '-  (médiane -)',
      '58  (médiane 47, -3)',
      QUESTIONNAIRE.sections[0]?.title ?? '',
      'Sans réponse',
      "les réponses complètes sont dans l'application",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('stays one page with the longest answers, each cut short to its line', async () => {
    const answers = Object.fromEntries(everyQuestion.map((question) => [question.id, longestAnswer(question)]));
    const pdf = await surveySummaryPdf(summary(answers), { compress: false });
    expect(pdfPageCount(pdf)).toBe(1);
    const text = drawnPdfText(pdf).join('\n');
    expect(text).toMatch(/Un très long texte libre qui dit tout\. Un très long[^\n]*…/);
    expect(text).toContain(QUESTIONNAIRE.sections.at(-1)?.title ?? '');
  });

  it('holds a whole questionnaire on its page, every question shown and answered at length', async () => {
    const long = 'Une réponse assez longue pour remplir la ligne entière et la dépasser largement, encore et encore.';
    const sections = QUESTIONNAIRE.sections.map((section) => ({ sectionId: section.id, title: section.title, questions: section.questions.map((question) => ({ question, answer: [long] })) }));
    // The model's six dimensions above the answers.
    const dimensions = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: `Dimension ${id}`, score: 50, median: 40, earlier: 45 }));
    const pdf = await surveySummaryPdf({ ...summary({}, { ...MATURITY, dimensions }), sections }, { compress: false });
    expect(pdfPageCount(pdf)).toBe(1);
    const text = drawnPdfText(pdf);
    expect(text.join('\n')).not.toContain('la suite des réponses');
    expect(text).toContain(everyQuestion.at(-1)?.label.replace(/\u00a0/g, ' '));
  });

  it('stays one page when the answers outgrow it, saying the rest is in the application', async () => {
    const long = summary({});
    const pdf = await surveySummaryPdf({ ...long, sections: [...long.sections, ...long.sections, ...long.sections] }, { compress: false });
    expect(pdfPageCount(pdf)).toBe(1);
    expect(drawnPdfText(pdf).join('\n')).toContain("… la suite des réponses est dans l'application.");
  });

  it('says when there are no scores yet', async () => {
    const none: EngagementMaturity = { model: null, computedAt: null, dimensions: [], overall: { score: null, median: null, earlier: null }, medianCommunes: 0, earlierCampaign: null };
    const pdf = await surveySummaryPdf({ ...summary({}, none), submittedOn: null, submittedVia: null }, { compress: false });
    const text = drawnPdfText(pdf).join('\n');
    expect(text).toContain('Pas encore envoyé');
    expect(text).toContain("Pas encore de scores : ils sont calculés à l'envoi du questionnaire.");
  });
});

describe('asciiFileName', () => {
  it.each([
    ['questionnaire-Andenne.pdf', 'questionnaire-Andenne.pdf'],
    ['questionnaire-Éghezée.pdf', 'questionnaire-Eghezee.pdf'],
    ["questionnaire-La Bruyère d'en haut.pdf", 'questionnaire-La-Bruyere-d-en-haut.pdf'],
  ])('names %p %p for the clients that ignore filename*', (name, expected) => {
    expect(asciiFileName(name)).toBe(expected);
  });
});
