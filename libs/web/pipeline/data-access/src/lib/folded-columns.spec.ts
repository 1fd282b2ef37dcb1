import { TestBed } from '@angular/core/testing';
import { FOLDED_COLUMNS_KEY, FoldedColumns } from './folded-columns';

describe('FoldedColumns', () => {
  beforeEach(() => localStorage.clear());

  const columns = () => TestBed.configureTestingModule({ providers: [FoldedColumns] }).inject(FoldedColumns);

  it('folds both closed columns at first, never a stage of the main path', () => {
    const folded = columns();
    expect(folded.isFolded('declined')).toBe(true);
    expect(folded.isFolded('withdrawn')).toBe(true);
    expect(folded.isFolded('survey_sent')).toBe(false);
    folded.toggle('survey_sent');
    expect(folded.isFolded('survey_sent')).toBe(false);
  });

  it('remembers each toggle on this device', () => {
    columns().toggle('declined');
    expect(JSON.parse(localStorage.getItem(FOLDED_COLUMNS_KEY) ?? 'null')).toEqual(['withdrawn']);
    TestBed.resetTestingModule();
    const again = columns();
    expect(again.isFolded('declined')).toBe(false);
    expect(again.isFolded('withdrawn')).toBe(true);
  });

  it('unfolds a column for a card moved into it', () => {
    const folded = columns();
    folded.unfold('withdrawn');
    expect(folded.isFolded('withdrawn')).toBe(false);
    expect(folded.isFolded('declined')).toBe(true);
  });

  it('starts folded when what is stored cannot be read, and ignores what is no closed stage', () => {
    localStorage.setItem(FOLDED_COLUMNS_KEY, '{oops');
    expect(columns().isFolded('declined')).toBe(true);
    TestBed.resetTestingModule();
    localStorage.setItem(FOLDED_COLUMNS_KEY, JSON.stringify(['survey_sent', 'withdrawn']));
    const folded = columns();
    expect(folded.isFolded('survey_sent')).toBe(false);
    expect(folded.isFolded('withdrawn')).toBe(true);
    expect(folded.isFolded('declined')).toBe(false);
  });
});
