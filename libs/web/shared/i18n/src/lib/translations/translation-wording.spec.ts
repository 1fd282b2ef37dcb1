import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

// The wording rules of every translation file of the web libraries, found on disk so that a new
// feature's words are checked without being listed here.

const ROOT = join(__dirname, '../../../../../../..');
const WEB_LIBS = join(ROOT, 'libs/web');

type Words = { readonly [key: string]: string | Words };

/** The folders holding a pair fr.ts / en.ts: a feature's `i18n/` and the shared `translations/`. */
function translationFolders(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name === 'node_modules') return [];
    const path = join(folder, entry.name);
    const isPair = (entry.name === 'i18n' || entry.name === 'translations') && existsSync(join(path, 'fr.ts'));
    return [...(isPair ? [path] : []), ...translationFolders(path)];
  });
}

function load(folder: string, language: 'fr' | 'en'): Words {
  return require(join(folder, `${language}.ts`))[language] as Words;
}

/** Every text of a file with its key: ['payment.title', 'Enregistrer un paiement']. */
function texts(words: Words, prefix = ''): [string, string][] {
  return Object.entries(words).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : texts(value, `${prefix}${key}.`)));
}

const FOLDERS = translationFolders(WEB_LIBS).map((folder) => ({ name: relative(ROOT, folder), folder }));

/** A parameter counts as a word: "{{ number }} : restant dû". */
const withoutParameters = (text: string) => text.replace(/\{\{[^}]*\}\}/g, 'X');

/** What breaks the French typography in a text, in words; empty when it is right. */
export function typographyFaults(text: string): string[] {
  const words = withoutParameters(text);
  const faults: string[] = [];
  if (/ [:;?!»]/.test(words)) faults.push('a plain space before « : ; ? ! » (a no-break space is needed: U+00A0 or U+202F)');
  if (/«(?![\u00a0\u202f])/.test(words) || /(?<![\u00a0\u202f])»/.test(words)) faults.push('« and » need a no-break space inside');
  if (/[\p{L}X)][;?!]/u.test(words) || /[\p{L}X)]:(\s|$)/u.test(words)) faults.push('no space before « : ; ? ! »');
  if (text.includes('\u2019')) faults.push("a curly apostrophe (the French words use the straight one: ')");
  return faults;
}

/**
 * French left in an English text: the programme's French terms (an arrondissement is a district, a
 * commune a municipality), and accented letters outside the names kept in French on purpose.
 */
const FRENCH_TERMS = /\b(arrondissements?|communes?|gestionnaires?|rappels?|factures?|échéance|annuler|enregistrer|fermer)\b/i;
const KEPT_IN_FRENCH = ['BEP Transition numérique', 'Passer en français', 'Français', 'Contact effacé'];

export function frenchLeftIn(text: string): string | null {
  let words = withoutParameters(text);
  for (const kept of KEPT_IN_FRENCH) words = words.split(kept).join('');
  return FRENCH_TERMS.exec(words)?.[0] ?? /\S*[àâçéèêëîïôûùœ]\S*/i.exec(words)?.[0] ?? null;
}

describe('the translation files of the web libraries', () => {
  it('are found', () => {
    expect(FOLDERS.map(({ name }) => name)).toEqual(expect.arrayContaining(['libs/web/shared/i18n/src/lib/translations', 'libs/web/pipeline/feature/src/lib/i18n']));
  });

  describe.each(FOLDERS)('$name', ({ folder }) => {
    const fr = load(folder, 'fr');
    const en = load(folder, 'en');

    it('has the same keys in English as in French', () => {
      expect(texts(en).map(([key]) => key).sort()).toEqual(texts(fr).map(([key]) => key).sort());
    });

    it('follows the French typography', () => {
      const faults = texts(fr).flatMap(([key, text]) => typographyFaults(text).map((fault) => `${key}: ${fault} in "${text}"`));
      expect(faults).toEqual([]);
    });

    it('leaves no French word in English', () => {
      const left = texts(en).flatMap(([key, text]) => {
        const word = frenchLeftIn(text);
        return word ? [`${key}: "${word}" in "${text}"`] : [];
      });
      expect(left).toEqual([]);
    });
  });
});

describe('the typography rule', () => {
  it('wants a no-break space before the high punctuation and inside the quotes', () => {
    expect(typographyFaults('Restant dû\u00a0: {{ amount }}\u202f; vraiment\u00a0? « \u00a0X\u00a0»')).toHaveLength(1);
    expect(typographyFaults('Restant dû\u00a0: {{ amount }}\u202f; vraiment\u00a0?')).toEqual([]);
    expect(typographyFaults('La date «\u00a0au\u00a0» doit suivre.')).toEqual([]);
    expect(typographyFaults('Restant dû : 5 €')).toHaveLength(1);
    expect(typographyFaults('La date « au » doit suivre.')).toHaveLength(2);
    expect(typographyFaults('Restant dû: 5 €')).toHaveLength(1);
    expect(typographyFaults('{{ number }}: restant')).toHaveLength(1);
    expect(typographyFaults('L’équipe')).toHaveLength(1);
  });

  it('leaves hours and addresses alone', () => {
    expect(typographyFaults('Envoi à 09:00, voir https://bep.be')).toEqual([]);
  });
});

describe('the English rule', () => {
  it('finds the French terms and accents, not the names kept in French', () => {
    expect(frenchLeftIn('Arrondissement')).toBe('Arrondissement');
    expect(frenchLeftIn('Bills the commune')).toBe('commune');
    expect(frenchLeftIn('Échéance passed')).toBe('Échéance');
    expect(frenchLeftIn('Switch: Passer en français')).toBeNull();
    expect(frenchLeftIn('District of {{ commune }}')).toBeNull();
  });
});
