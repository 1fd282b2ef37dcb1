/**
 * French elision before a name: "de" + "Andenne" is "d'Andenne", "de" + "Namur" stays "de Namur".
 * The apostrophe is the straight one, as in the rest of the French words.
 */

/** The words that drop their "e" before a vowel sound ("que" as in "qu'Eghezée"). */
export type ElidingWord = 'de' | 'De' | 'que' | 'Que';

/**
 * Names whose "h" is mute ("d'Hastière", pronounced [astjɛʁ]). Most Walloon place names in H are
 * aspirated and keep "de" (de Hamois, de Havelange, de Houyet), so the mute ones are listed; the
 * first names are those one meets in a municipal administration.
 */
const MUTE_H = ['Hastière', 'Hélène', 'Hervé', 'Hugo', 'Hubert', 'Hector', 'Hortense', 'Honoré', 'Hippolyte', 'Hilda', 'Hermine'];

const VOWEL = /^[aeiouàâäéèêëîïôöûüœæ]/i;
/** "Yvoir" sounds as a vowel ("d'Yvoir"); "Yaourt" starts with a consonant sound. */
const Y_BEFORE_CONSONANT = /^y[^aeiouàâäéèêëîïôöûü]/i;

/** Whether a name starts with a vowel sound, so that "de" before it becomes "d'". */
export function startsWithVowelSound(name: string): boolean {
  const word = name.trim();
  if (VOWEL.test(word) || Y_BEFORE_CONSONANT.test(word)) return true;
  const first = word.split(/[\s-]/)[0] ?? '';
  return MUTE_H.some((mute) => mute.localeCompare(first, 'fr', { sensitivity: 'base' }) === 0);
}

/** `elide('de', 'Andenne')` is "d'Andenne"; `elide('de', 'Namur')` is "de Namur". */
export function elide(word: ElidingWord, name: string): string {
  return startsWithVowelSound(name) ? `${word.slice(0, -1)}'${name}` : `${word} ${name}`;
}
