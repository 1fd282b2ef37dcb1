import { NAMUR_COMMUNES_TSV } from './namur-communes';
import { parseCommunesTsv } from './parse-communes-tsv';

describe('parseCommunesTsv', () => {
  const communes = parseCommunesTsv(NAMUR_COMMUNES_TSV);

  it('reads the 38 communes of the province, Namur alone not eligible', () => {
    expect(communes).toHaveLength(38);
    expect(new Set(communes.map((c) => c.nis)).size).toBe(38);
    expect(communes.filter((c) => !c.eligible).map((c) => c.name)).toEqual(['Namur']);
  });

  it('keeps the Statbel facts of a commune', () => {
    expect(communes.find((c) => c.nis === '92142')).toEqual({
      nis: '92142',
      name: 'Gembloux',
      arrondissement: 'Namur',
      postalCode: '5030',
      population: 26141,
      populationDate: '2020-01-01',
      latitude: 50.5498,
      longitude: 4.7066,
      eligible: true,
    });
  });

  it('rejects a malformed line with its line number', () => {
    const header = NAMUR_COMMUNES_TSV.trim().split('\n')[0];
    expect(() => parseCommunesTsv(`${header}\n9200\tX\tNamur\t5000\t1\t2020-01-01\t50\t4\ttrue`)).toThrow('line 2');
  });

  it('rejects an unexpected header', () => {
    expect(() => parseCommunesTsv('nis\tname\n92094\tNamur')).toThrow('header');
  });
});
