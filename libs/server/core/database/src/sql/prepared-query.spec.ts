import { StatementNames } from './prepared-query';

describe('StatementNames', () => {
  it('names a text the same way each time, and two texts apart', () => {
    const names = new StatementNames(10);
    const first = names.of('SELECT 1 WHERE $1');
    expect(first).toMatch(/^bep_[0-9a-f]{40}$/);
    expect(names.of('SELECT 1 WHERE $1')).toBe(first);
    expect(names.of('SELECT 2 WHERE $1')).not.toBe(first);
  });

  it('names no more than its bound of texts, and still those it named', () => {
    const names = new StatementNames(2);
    const kept = [names.of('a'), names.of('b')];
    expect(kept).not.toContain(null);
    expect(names.of('c')).toBeNull();
    expect([names.of('a'), names.of('b')]).toEqual(kept);
  });
});
