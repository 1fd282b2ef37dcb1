/** Test fixtures, imported as `@bep/web/maturity/data-access/testing`: never part of the app bundle. */
import type { CitedOption, MaturityRow, ProvinceMaturity } from '@bep/contracts';

export const MATURITY_CAMPAIGN_ID = '4a56d03f-94df-43c9-a1a0-5a744abb3eeb';

export const MATURITY_DIMENSIONS = [
  { id: 'digital-strategy', label: 'Stratégie et investissements numériques' },
  { id: 'digital-readiness', label: 'Préparation numérique' },
  { id: 'green-digital', label: 'Numérique vert' },
];

/** A commune's scores: `scores` in the order of MATURITY_DIMENSIONS. */
export function aMaturityRow(name: string, nis: string, overall: number | null, scores: (number | null)[]): MaturityRow {
  return {
    nis,
    name,
    engagementId: `00000000-0000-4000-8000-0000000${nis}`,
    overall,
    dimensions: Object.fromEntries(MATURITY_DIMENSIONS.map(({ id }, index) => [id, scores[index] ?? null])),
    submittedAt: '2026-03-02T13:05:00.000Z',
  };
}

export function aCitedOption(id: string, label: string, count: number, answered = 3): CitedOption {
  return { id, label, count, share: answered === 0 ? 0 : count / answered };
}

/** Three communes answered out of four engaged (the dashboard's fixtures: Gembloux, Ciney, Viroinval). */
export function aProvinceMaturity(overrides: Partial<ProvinceMaturity> = {}): ProvinceMaturity {
  return {
    campaign: { id: MATURITY_CAMPAIGN_ID, name: 'Radioscopie numérique 2026' },
    model: { code: 'maturite-numerique-dma', version: 1, dimensions: MATURITY_DIMENSIONS },
    communes: { engaged: 4, answered: 3 },
    rows: [aMaturityRow('Ciney', '91030', 40, [30, 50, null]), aMaturityRow('Gembloux', '92142', 62, [70, 55, 20]), aMaturityRow('Viroinval', '93090', 81, [90, 80, 60])],
    median: { overall: 62, dimensions: { 'digital-strategy': 70, 'digital-readiness': 55, 'green-digital': 40 } },
    obstacles: [aCitedOption('budget', 'Le manque de moyens financiers', 3), aCitedOption('personnel', 'Le manque de personnel', 1), aCitedOption('temps', 'Le manque de temps', 0)],
    fears: [aCitedOption('cyberattaque', 'Une cyberattaque', 2), aCitedOption('couts', 'Des coûts qui dérapent', 1)],
    themes: [aCitedOption('mobilite', 'Mobilité', 2), aCitedOption('securite', 'Sécurité', 0)],
    ...overrides,
  };
}
