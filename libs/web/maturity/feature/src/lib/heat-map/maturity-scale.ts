/**
 * The colours of a score from 0 to 100, shared by the heat map and the map: five classes of one
 * sequential blue (ColorBrewer's "Blues", safe for every common colour-vision deficiency and in
 * greyscale: lighter is lower), each with the text colour that reads on it at 4.5:1 at least. No
 * score: a neutral grey, and the cell says so in words.
 */
export interface ScoreClass {
  /** The lowest score of the class (the next class's `from` is its end). */
  from: number;
  background: string;
  text: string;
}

const DARK_TEXT = '#1a1c1e';
const LIGHT_TEXT = '#ffffff';

export const SCORE_CLASSES: readonly ScoreClass[] = [
  { from: 0, background: '#eff3ff', text: DARK_TEXT },
  { from: 20, background: '#bdd7e7', text: DARK_TEXT },
  { from: 40, background: '#6baed6', text: DARK_TEXT },
  { from: 60, background: '#2171b5', text: LIGHT_TEXT },
  { from: 80, background: '#08519c', text: LIGHT_TEXT },
];

/** No score: the commune did not answer, or the dimension was not scored. */
export const NO_SCORE: Omit<ScoreClass, 'from'> = { background: '#e0e0e0', text: DARK_TEXT };

/** The class of a score (rounded down into its class); null: NO_SCORE's colours. */
export function scoreClass(score: number | null): Omit<ScoreClass, 'from'> {
  if (score === null) return NO_SCORE;
  return [...SCORE_CLASSES].reverse().find((candidate) => score >= candidate.from) ?? (SCORE_CLASSES[0] as ScoreClass);
}

/** The end of a class, for its legend: `0-19`, …, `80-100`. */
export function classEnd(index: number): number {
  const next = SCORE_CLASSES[index + 1];
  return next ? next.from - 1 : 100;
}

/** WCAG's relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
