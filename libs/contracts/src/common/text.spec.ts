import { findUnstorableText, isStorableText, text, UNSTORABLE_TEXT_MESSAGE } from './text';

const NUL = '\u0000';
const HIGH = '\uD83D'; // first half of 😀 (U+1F600)
const LOW = '\uDE00'; // its second half

describe('the string rule', () => {
  it.each([
    ['plain text', 'Gembloux', true],
    ['the empty string', '', true],
    ['accents and a ligature', 'Échevine de l’Œuvre', true],
    ['an emoji (a surrogate pair)', `bonjour ${HIGH}${LOW}`, true],
    ['two emoji in a row', '😀😀', true],
    ['other control characters, which PostgreSQL stores', 'a\u0001b\tc\n', true],
    ['a NUL alone', NUL, false],
    ['a NUL inside', `Nam${NUL}ur`, false],
    ['a NUL at the end', `Namur${NUL}`, false],
    ['a high surrogate at the end', `Namur${HIGH}`, false],
    ['a high surrogate before a letter', `${HIGH}a`, false],
    ['a low surrogate alone', LOW, false],
    ['a low surrogate after a letter', `a${LOW}`, false],
    ['two high surrogates', `${HIGH}${HIGH}${LOW}`, false],
    ['a pair in the wrong order', `${LOW}${HIGH}`, false],
  ])('%s: storable = %p', (_case, value, storable) => {
    expect(isStorableText(value)).toBe(storable);
    const parsed = text().safeParse(value);
    expect(parsed.success).toBe(storable);
    if (!storable) expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([UNSTORABLE_TEXT_MESSAGE]);
  });

  it('lets the field add its own checks after it', () => {
    const name = text().trim().min(1).max(5);
    expect(name.parse('  Ciney ')).toBe('Ciney');
    expect(name.safeParse(`Cin${NUL}`).success).toBe(false);
    expect(name.safeParse('Profondeville').success).toBe(false);
  });

  it('finds each string that breaks it in a parsed request, keys included, with its path', () => {
    const body = JSON.parse(
      JSON.stringify({ name: 'ok', notes: ['fine', `bad${NUL}`], nested: { deep: { subject: `x${HIGH}` } }, [`k${NUL}`]: 1, count: 3, done: null }),
    ) as unknown;
    expect(findUnstorableText(body)).toEqual([
      { path: ['notes', 1], inKey: false },
      { path: ['nested', 'deep', 'subject'], inKey: false },
      { path: [`k${NUL}`], inKey: true },
    ]);
    expect(findUnstorableText({ [`k${HIGH}`]: `v${NUL}` })).toEqual([
      { path: [`k${HIGH}`], inKey: true },
      { path: [`k${HIGH}`], inKey: false },
    ]);
    expect(findUnstorableText(`id${NUL}`)).toEqual([{ path: [], inKey: false }]);
    expect(findUnstorableText({ q: 'Namur', limit: '10', list: [1, true, null] })).toEqual([]);
  });

  it('walks a body nested a hundred thousand levels deep without overflowing the stack', () => {
    let deep: unknown = `end${NUL}`;
    for (let level = 0; level < 100_000; level++) deep = { a: deep };
    const [found] = findUnstorableText(deep);
    expect(found?.path).toHaveLength(100_000);
  });

  it('stops after ten findings', () => {
    expect(findUnstorableText(Array.from({ length: 1000 }, () => NUL))).toHaveLength(10);
  });
});
