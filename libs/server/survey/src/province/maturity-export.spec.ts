import type { Questionnaire, ScoringModel } from '@bep/domain';
import { belgianDateTime, csvCell } from './maturity-csv';
import { allColumns, answerSheetColumns, exportRows, exportTable } from './maturity-export-table';
import { fileSlug } from '../file-names';
import type { ScoredResponse } from './maturity-reader';

const QUESTIONNAIRE: Questionnaire = {
  code: 'q',
  version: 1,
  title: 'Q',
  introduction: '',
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'site', kind: 'single', label: 'Site ?', options: [{ value: 'oui', label: 'Oui' }, { value: 'non', label: 'Non' }] },
        { id: 'outils', kind: 'multiple', label: 'Outils ?', options: [{ value: 'ged', label: 'GED' }, { value: 'sig', label: 'SIG' }] },
        { id: 'outils-nombre', kind: 'number', label: 'Combien ?', min: 0, max: 100, integer: false, visibleIf: { question: 'site', equals: 'oui' } },
        { id: 'themes', kind: 'matrix', label: 'Thèmes ?', rows: [{ value: 'mob', label: 'Mobilité' }], columns: [{ value: 'fait', label: 'Réalisé' }] },
        { id: 'remarques', kind: 'text', label: 'Remarques ?', multiline: true, maxLength: 100 },
      ],
    },
  ],
};

const MODEL: ScoringModel = { code: 'm', version: 1, questionnaire: { code: 'q', version: 1 }, dimensions: [{ id: 'd', label: 'Données', items: [] }] };

const response = (answers: ScoredResponse['answers'], submittedVia: ScoredResponse['submittedVia'] = 'link'): ScoredResponse => ({
  engagementId: 'e',
  nis: '92142',
  name: 'Gembloux',
  submittedAt: new Date('2026-07-01T22:30:00Z'),
  submittedVia,
  overall: 55,
  dimensions: { d: null },
  answers,
});

describe('the export table', () => {
  it('has the scores, then a column per single choice, a 0/1 column per option of a multiple choice, a column per matrix row', () => {
    const table = exportTable(allColumns(MODEL, QUESTIONNAIRE), exportRows(QUESTIONNAIRE, [response({ site: 'non', 'outils-nombre': 3, outils: ['sig'], themes: { mob: 'fait' }, remarques: '+32 81' })]));
    expect(table.headers).toEqual([
      'Code INS',
      'Commune',
      'Soumis le',
      'Soumis par',
      'Indice global',
      'Données',
      'site — Site ?',
      'outils — GED',
      'outils — SIG',
      'outils-nombre — Combien ?',
      'themes — Mobilité',
      'remarques — Remarques ?',
    ]);
    // The number answers a question hidden by `site`: it is not exported.
    expect(table.rows[0]).toEqual(['92142', 'Gembloux', { instant: new Date('2026-07-01T22:30:00Z') }, 'la commune (lien)', 55, null, 'Non', 0, 1, null, 'Réalisé', '+32 81']);
  });

  it('leaves a multiple choice left open empty rather than 0, so that an average leaves it out', () => {
    const table = exportTable(answerSheetColumns(QUESTIONNAIRE), exportRows(QUESTIONNAIRE, [response({ site: 'oui', 'outils-nombre': 2.5 }, 'manager')]));
    expect(table.rows[0]).toEqual(['92142', 'Gembloux', 'Oui', null, null, 2.5, null, null]);
  });
});

describe('the CSV cells', () => {
  it('writes a decimal comma, a Brussels date and time, nothing for no answer, and text that never runs as a formula', () => {
    expect(csvCell(2.5)).toBe('2,5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('Gembloux')).toBe('Gembloux');
    expect(csvCell({ instant: new Date('2026-07-01T22:30:00Z') })).toBe('02/07/2026 00:30');
    expect(belgianDateTime(new Date('2026-01-15T08:05:00Z'))).toBe('15/01/2026 09:05');
  });
});

describe('fileSlug', () => {
  it('drops accents, spaces and signs', () => {
    expect(fileSlug('Radioscopie numérique 2026 !')).toBe('radioscopie-numerique-2026');
  });
});
